class Solution {
public:
    int countOccurrences(string text, string word) {
        const int MOD = 1'000'000'007;
        int m = word.size();
        vector<long long> ways(m + 1, 0);
        ways[0] = 1;
        for (char c : text) {
            for (int j = m; j >= 1; j--) {
                if (word[j - 1] == c) ways[j] = (ways[j] + ways[j - 1]) % MOD;
            }
        }
        return (int)ways[m];
    }
};
