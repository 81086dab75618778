class Solution {
    static int blocksNeeded(const vector<int>& nums, long long limit) {
        int count = 1;
        long long current = 0;
        for (int x : nums) {
            if (current + x > limit) {
                count++;
                current = 0;
            }
            current += x;
        }
        return count;
    }

public:
    long long minLargestPart(vector<int>& nums, int k) {
        long long lo = *max_element(nums.begin(), nums.end());
        long long hi = accumulate(nums.begin(), nums.end(), 0LL);
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (blocksNeeded(nums, mid) <= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
