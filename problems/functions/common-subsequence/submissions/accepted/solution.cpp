class Solution {
public:
    int longestCommonSubsequence(string first, string second) {
        int n = first.size(), m = second.size();
        vector<vector<int>> L(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (first[i - 1] == second[j - 1]) L[i][j] = L[i - 1][j - 1] + 1;
                else L[i][j] = max(L[i - 1][j], L[i][j - 1]);
            }
        }
        return L[n][m];
    }
};
