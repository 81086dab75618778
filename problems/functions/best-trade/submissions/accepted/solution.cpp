class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int low = prices[0], best = 0;
        for (int p : prices) {
            best = max(best, p - low);
            low = min(low, p);
        }
        return best;
    }
};
