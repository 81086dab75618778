class Solution {
    public long maxProfit(int[] start, int[] end, int[] profit) {
        int n = start.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(end[a], end[b]));
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) ends[i] = end[order[i]];
        long[] best = new long[n + 1];
        for (int i = 0; i < n; i++) {
            int job = order[i];
            int lo = 0, hi = n;  // first end > start[job]
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= start[job]) lo = mid + 1; else hi = mid;
            }
            best[i + 1] = Math.max(best[i], profit[job] + best[lo]);
        }
        return best[n];
    }
}
