class Solution {
public:
    int minCuts(string s) {
        int n = s.size();
        vector<int> cuts(n + 1, n);
        cuts[0] = -1;
        for (int centre = 0; centre < n; centre++) {
            for (int odd = 0; odd < 2; odd++) {
                int a = centre, b = centre + odd;
                while (a >= 0 && b < n && s[a] == s[b]) {
                    cuts[b + 1] = min(cuts[b + 1], cuts[a] + 1);
                    a--;
                    b++;
                }
            }
        }
        return cuts[n];
    }
};
