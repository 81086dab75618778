class Solution {
    vector<vector<int>> result;
    vector<int> path;

    void build(const vector<int>& nums, int i) {
        if (i == (int)nums.size()) {
            result.push_back(path);
            return;
        }
        build(nums, i + 1);            // skip nums[i]
        path.push_back(nums[i]);       // take nums[i]
        build(nums, i + 1);
        path.pop_back();
    }

public:
    vector<vector<int>> allSubsets(vector<int>& nums) {
        result.clear();
        path.clear();
        build(nums, 0);
        return result;
    }
};
