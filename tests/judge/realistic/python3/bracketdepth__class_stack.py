import sys


class BracketChecker:
    PAIRS = {")": "(", "]": "[", "}": "{"}

    def __init__(self, text: str) -> None:
        self.text = text

    def depth(self) -> int:
        stack: list[str] = []
        best = 0
        pairs = self.PAIRS
        for ch in self.text:
            if ch in pairs:
                if not stack or stack.pop() != pairs[ch]:
                    return -1
            else:
                stack.append(ch)
                if len(stack) > best:
                    best = len(stack)
        return best if not stack else -1


print(BracketChecker(sys.stdin.readline().strip()).depth())
