class Solution {
public:
    int countDecodings(string digits) {
        const long long MOD = 1'000'000'007;
        long long before = 0, now = 1;
        for (size_t i = 0; i < digits.size(); i++) {
            long long value = digits[i] != '0' ? now : 0;
            if (i > 0) {
                int two = (digits[i - 1] - '0') * 10 + (digits[i] - '0');
                if (two >= 10 && two <= 26) value += before;
            }
            before = now;
            now = value % MOD;
        }
        return (int)now;
    }
};
