class Solution {
    public int stripValue(int[] nums, int val) {
        // swap with the last element; re-check the one moved in
        int i = 0, n = nums.length;
        while (i < n) {
            if (nums[i] == val) {
                nums[i] = nums[--n];
            } else {
                i++;
            }
        }
        return n;
    }
}
