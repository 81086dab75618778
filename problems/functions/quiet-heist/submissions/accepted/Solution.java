class Solution {
    public long maxLoot(int[] values) {
        long[] best = new long[values.length + 1];
        best[1] = values[0];
        for (int i = 2; i <= values.length; i++) {
            best[i] = Math.max(best[i - 1], best[i - 2] + values[i - 1]);
        }
        return best[values.length];
    }
}
