class Solution {
public:
    long long countRuns(vector<int>& nums, int k) {
        long long count = 0, product = 1;
        int left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            product *= nums[right];
            while (left <= right && product >= k) product /= nums[left++];
            count += right - left + 1;
        }
        return count;
    }
};
