class Solution {
public:
    bool canSplit(string s, vector<string>& words) {
        unordered_set<string> vocab(words.begin(), words.end());
        int maxLen = 0;
        for (auto& w : words) maxLen = max(maxLen, (int)w.size());
        int n = s.size();
        vector<char> ok(n + 1, 0);
        ok[0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int L = 1; L <= maxLen && L <= i && !ok[i]; L++) {
                if (ok[i - L] && vocab.count(s.substr(i - L, L))) ok[i] = 1;
            }
        }
        return ok[n];
    }
};
