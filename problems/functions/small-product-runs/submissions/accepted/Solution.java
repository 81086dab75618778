class Solution {
    public long countRuns(int[] nums, int k) {
        long count = 0, product = 1;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            product *= nums[right];
            while (left <= right && product >= k) product /= nums[left++];
            count += right - left + 1;
        }
        return count;
    }
}
