class Solution {
public:
    long long maxLoot(vector<int>& values) {
        long long before = 0, best = 0;
        for (int v : values) {
            long long robbed = before + v;
            before = best;
            best = max(best, robbed);
        }
        return best;
    }
};
