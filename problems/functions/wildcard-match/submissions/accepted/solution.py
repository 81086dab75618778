class Solution:
    def isMatch(self, text: str, pattern: str) -> bool:
        i = j = 0
        star, resume = -1, 0  # the last star seen, and where its match would end next
        while i < len(text):
            if j < len(pattern) and pattern[j] in ("?", text[i]):
                i += 1
                j += 1
            elif j < len(pattern) and pattern[j] == "*":
                star, resume = j, i
                j += 1
            elif star >= 0:
                resume += 1  # the last star absorbs one more character
                i, j = resume, star + 1
            else:
                return False
        return all(p == "*" for p in pattern[j:])
