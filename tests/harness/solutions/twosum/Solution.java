class Solution {
    private static final class Pair {
        final int value, index;
        Pair(int value, int index) { this.value = value; this.index = index; }
    }

    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Pair> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Pair other = seen.get(target - nums[i]);
            if (other != null) return new int[] {other.index, i};
            seen.put(nums[i], new Pair(nums[i], i));
        }
        return new int[0];
    }
}
