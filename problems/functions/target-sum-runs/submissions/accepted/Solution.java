class Solution {
    public long countRuns(int[] nums, int k) {
        Map<Long, Integer> seen = new HashMap<>(nums.length * 2 + 1);
        seen.put(0L, 1);
        long prefix = 0, total = 0;
        for (int x : nums) {
            prefix += x;
            total += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return total;
    }
}
