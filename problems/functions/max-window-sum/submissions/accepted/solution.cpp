class Solution {
public:
    long long maxWindowSum(vector<long long>& nums, int k) {
        long long window = 0;
        for (int i = 0; i < k; i++) window += nums[i];
        long long best = window;
        for (int i = k; i < (int)nums.size(); i++) {
            window += nums[i] - nums[i - k];
            best = max(best, window);
        }
        return best;
    }
};
