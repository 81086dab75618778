class Solution {
public:
    long long countRuns(vector<int>& nums, int k) {
        unordered_map<long long, int> seen;
        seen.reserve(nums.size() * 2 + 1);
        seen[0] = 1;
        long long prefix = 0, total = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end()) total += it->second;
            seen[prefix]++;
        }
        return total;
    }
};
