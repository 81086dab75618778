# Records the backtracking list itself instead of a copy: every entry ends up empty.
class Solution:
    def allSubsets(self, nums: List[int]) -> List[List[int]]:
        result = []
        path = []

        def build(i: int) -> None:
            if i == len(nums):
                result.append(path)
                return
            build(i + 1)
            path.append(nums[i])
            build(i + 1)
            path.pop()

        build(0)
        return result
