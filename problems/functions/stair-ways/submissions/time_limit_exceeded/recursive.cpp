// Correct but exponential: recursion without memoisation.
class Solution {
public:
    long long stairWays(int n) {
        return n <= 1 ? 1 : stairWays(n - 1) + stairWays(n - 2);
    }
};
