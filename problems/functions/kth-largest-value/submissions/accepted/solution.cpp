class Solution {
public:
    int kthLargest(vector<int>& nums, int k) {
        vector<int> v(nums);
        nth_element(v.begin(), v.begin() + (k - 1), v.end(), greater<int>());
        return v[k - 1];
    }
};
