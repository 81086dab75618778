# Correct but O(nm): searches second (a list) for every value of first.
class Solution:
    def commonValues(self, first: List[int], second: List[int]) -> List[int]:
        out = []
        for x in first:
            if x in second and x not in out[-1:]:
                if x not in out:
                    out.append(x)
        return out
