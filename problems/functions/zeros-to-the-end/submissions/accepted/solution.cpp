class Solution {
public:
    void moveZeros(vector<int>& nums) {
        int write = 0;
        for (int read = 0; read < (int)nums.size(); read++) {
            if (nums[read] != 0) swap(nums[write++], nums[read]);
        }
    }
};
