class Solution {
public:
    long long maxProfit(vector<int>& start, vector<int>& end, vector<int>& profit) {
        int n = start.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return end[a] < end[b]; });
        vector<int> ends(n);
        for (int i = 0; i < n; i++) ends[i] = end[order[i]];
        vector<long long> best(n + 1, 0);
        for (int i = 0; i < n; i++) {
            int job = order[i];
            int j = upper_bound(ends.begin(), ends.end(), start[job]) - ends.begin();
            best[i + 1] = max(best[i], profit[job] + best[j]);
        }
        return best[n];
    }
};
