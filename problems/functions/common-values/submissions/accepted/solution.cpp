class Solution {
public:
    vector<int> commonValues(vector<int>& first, vector<int>& second) {
        unordered_set<int> pending(second.begin(), second.end());
        vector<int> out;
        for (int x : first) {
            if (pending.erase(x)) out.push_back(x);
        }
        return out;
    }
};
