// Correct but O(n^2): checks every pair.
class Solution {
public:
    long long countInversions(vector<int>& nums) {
        long long total = 0;
        int n = nums.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                total += nums[i] > nums[j];
        return total;
    }
};
