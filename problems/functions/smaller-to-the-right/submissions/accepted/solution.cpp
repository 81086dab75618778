class Solution {
public:
    vector<int> countSmallerRight(vector<int>& nums) {
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        sorted.erase(unique(sorted.begin(), sorted.end()), sorted.end());
        vector<int> tree(sorted.size() + 1, 0), out(nums.size());
        for (int i = (int)nums.size() - 1; i >= 0; i--) {
            int r = lower_bound(sorted.begin(), sorted.end(), nums[i]) - sorted.begin() + 1;
            int seen = 0;
            for (int k = r - 1; k > 0; k -= k & -k) seen += tree[k];
            out[i] = seen;
            for (int k = r; k < (int)tree.size(); k += k & -k) tree[k]++;
        }
        return out;
    }
};
