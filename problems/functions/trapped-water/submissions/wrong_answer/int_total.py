# Adds the water in 32-bit arithmetic, as an int in C or Java would: overflows on big profiles.
class Solution:
    def trappedWater(self, heights: List[int]) -> int:
        left, right = 0, len(heights) - 1
        high_left = high_right = total = 0
        while left < right:
            if heights[left] <= heights[right]:
                high_left = max(high_left, heights[left])
                total = (total + high_left - heights[left] + 2**31) % 2**32 - 2**31
                left += 1
            else:
                high_right = max(high_right, heights[right])
                total = (total + high_right - heights[right] + 2**31) % 2**32 - 2**31
                right -= 1
        return total
