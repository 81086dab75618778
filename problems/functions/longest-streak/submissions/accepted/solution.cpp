class Solution {
public:
    int longestStreak(vector<int>& nums) {
        vector<int> v(nums);
        sort(v.begin(), v.end());
        v.erase(unique(v.begin(), v.end()), v.end());
        int best = 0, run = 0;
        for (size_t i = 0; i < v.size(); i++) {
            run = (i > 0 && (long long)v[i - 1] + 1 == v[i]) ? run + 1 : 1;
            best = max(best, run);
        }
        return best;
    }
};
