class Solution {
public:
    int maxNesting(vector<vector<int>>& boxes) {
        vector<pair<int, int>> order;
        for (auto& b : boxes) order.push_back({b[0], -b[1]});
        sort(order.begin(), order.end());
        vector<int> tails;
        for (auto& [w, negH] : order) {
            int h = -negH;
            auto it = lower_bound(tails.begin(), tails.end(), h);
            if (it == tails.end()) tails.push_back(h);
            else *it = h;
        }
        return tails.size();
    }
};
