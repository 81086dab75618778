class Solution {
    public boolean hasNearbyRepeat(int[] nums, int k) {
        Map<Integer, Integer> last = new HashMap<>(nums.length * 2);
        for (int i = 0; i < nums.length; i++) {
            Integer j = last.put(nums[i], i);
            if (j != null && i - j <= k) return true;
        }
        return false;
    }
}
