class Solution {
public:
    int cheapestRoute(int n, vector<vector<int>>& flights, int source, int target, int k) {
        const int INF = INT_MAX;
        vector<int> cost(n, INF), previous;
        cost[source] = 0;
        for (int round = 0; round <= k; round++) {
            previous = cost;
            bool changed = false;
            for (auto& f : flights) {
                if (previous[f[0]] == INF) continue;
                if (previous[f[0]] + f[2] < cost[f[1]]) {
                    cost[f[1]] = previous[f[0]] + f[2];
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return cost[target] == INF ? -1 : cost[target];
    }
};
