# Counts each kind separately: accepts "([)]".
class Solution:
    def isBalanced(self, s: str) -> bool:
        depth = {"(": 0, "[": 0, "{": 0}
        partner = {")": "(", "]": "[", "}": "{"}
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                depth[partner[c]] -= 1
                if depth[partner[c]] < 0:
                    return False
        return all(v == 0 for v in depth.values())
