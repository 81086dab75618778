class Solution:
    def trappedWater(self, heights: List[int]) -> int:
        left, right = 0, len(heights) - 1
        high_left = high_right = total = 0
        while left < right:
            if heights[left] <= heights[right]:
                high_left = max(high_left, heights[left])
                total += high_left - heights[left]
                left += 1
            else:
                high_right = max(high_right, heights[right])
                total += high_right - heights[right]
                right -= 1
        return total
