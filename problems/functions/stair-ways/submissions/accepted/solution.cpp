class Solution {
public:
    long long stairWays(int n) {
        long long before = 1, ways = 1;
        for (int i = 1; i < n; i++) {
            long long next = before + ways;
            before = ways;
            ways = next;
        }
        return ways;
    }
};
