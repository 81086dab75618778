class Solution {
    public long minLargestPart(int[] nums, int k) {
        long lo = 0, hi = 0;
        for (int x : nums) {
            lo = Math.max(lo, x);
            hi += x;
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (blocksNeeded(nums, mid) <= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static int blocksNeeded(int[] nums, long limit) {
        int count = 1;
        long current = 0;
        for (int x : nums) {
            if (current + x > limit) {
                count++;
                current = 0;
            }
            current += x;
        }
        return count;
    }
}
