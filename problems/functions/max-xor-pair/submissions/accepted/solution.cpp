class Solution {
public:
    int maxXor(vector<int>& nums) {
        vector<array<int, 2>> trie(1, {0, 0});  // node 0 is the root; 0 also means "no child"
        for (int x : nums) {
            int node = 0;
            for (int bit = 30; bit >= 0; bit--) {
                int b = (x >> bit) & 1;
                if (!trie[node][b]) {
                    trie[node][b] = trie.size();
                    trie.push_back({0, 0});
                }
                node = trie[node][b];
            }
        }
        int best = 0;
        for (int x : nums) {
            int node = 0, value = 0;
            for (int bit = 30; bit >= 0; bit--) {
                int want = 1 - ((x >> bit) & 1);
                if (trie[node][want]) {
                    value |= 1 << bit;
                    node = trie[node][want];
                } else {
                    node = trie[node][1 - want];
                }
            }
            best = max(best, value);
        }
        return best;
    }
};
