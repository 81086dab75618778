class Solution {
    public int longestStreak(int[] nums) {
        int[] v = nums.clone();
        Arrays.sort(v);
        int best = 0, run = 0;
        for (int i = 0; i < v.length; i++) {
            if (i > 0 && v[i] == v[i - 1]) continue;  // a duplicate neither extends nor breaks
            run = (i > 0 && (long) v[i - 1] + 1 == v[i]) ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }
}
