class Solution {
    public List<List<Integer>> allSubsets(int[] nums) {
        int n = nums.length;
        List<List<Integer>> result = new ArrayList<>(1 << n);
        for (int mask = 0; mask < (1 << n); mask++) {
            List<Integer> subset = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) subset.add(nums[i]);
            }
            result.add(subset);
        }
        return result;
    }
}
