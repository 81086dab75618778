class Solution:
    def commonValues(self, first: List[int], second: List[int]) -> List[int]:
        pending = set(second)
        out = []
        for x in first:
            if x in pending:
                out.append(x)
                pending.remove(x)
        return out
