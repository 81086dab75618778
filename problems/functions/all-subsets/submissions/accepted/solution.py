class Solution:
    def allSubsets(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = [[]]
        for x in nums:
            # every subset found so far, once without x (kept) and once with x (added)
            result += [subset + [x] for subset in result]
        return result
