class Solution {
    public int cheapestRoute(int n, int[][] flights, int source, int target, int k) {
        final int inf = Integer.MAX_VALUE;
        int[] cost = new int[n];
        Arrays.fill(cost, inf);
        cost[source] = 0;
        for (int round = 0; round <= k; round++) {
            int[] previous = cost.clone();
            boolean changed = false;
            for (int[] f : flights) {
                if (previous[f[0]] != inf && previous[f[0]] + f[2] < cost[f[1]]) {
                    cost[f[1]] = previous[f[0]] + f[2];
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return cost[target] == inf ? -1 : cost[target];
    }
}
