class Solution {
public:
    int stripValue(vector<int>& nums, int val) {
        int k = 0;
        for (int x : nums)
            if (x != val) nums[k++] = x;
        return k;
    }
};
