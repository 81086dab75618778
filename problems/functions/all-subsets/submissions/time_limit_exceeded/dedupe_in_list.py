# Correct but O(4^n): grows subsets one element at a time and checks duplicates in a list.
class Solution:
    def allSubsets(self, nums: List[int]) -> List[List[int]]:
        found = [[]]
        i = 0
        while i < len(found):
            current = found[i]
            for x in nums:
                if x not in current:
                    candidate = sorted(current + [x])
                    if candidate not in found:
                        found.append(candidate)
            i += 1
        return found
