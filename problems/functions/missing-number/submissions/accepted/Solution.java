class Solution {
    public int missingNumber(int[] nums) {
        long n = nums.length;
        long total = n * (n + 1) / 2;
        for (int v : nums) total -= v;
        return (int) total;
    }
}
