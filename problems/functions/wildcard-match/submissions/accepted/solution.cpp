class Solution {
public:
    bool isMatch(string text, string pattern) {
        int m = pattern.size();
        vector<char> row(m + 1, 0), next(m + 1, 0);
        row[0] = 1;
        for (int j = 1; j <= m; j++) row[j] = row[j - 1] && pattern[j - 1] == '*';
        for (char ch : text) {
            next[0] = 0;
            for (int j = 1; j <= m; j++) {
                char p = pattern[j - 1];
                next[j] = p == '*' ? (next[j - 1] || row[j]) : (row[j - 1] && (p == '?' || p == ch));
            }
            swap(row, next);
        }
        return row[m];
    }
};
