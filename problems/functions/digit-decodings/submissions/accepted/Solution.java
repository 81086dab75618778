class Solution {
    public int countDecodings(String digits) {
        final long mod = 1_000_000_007L;
        long before = 0, now = 1;
        for (int i = 0; i < digits.length(); i++) {
            long value = digits.charAt(i) != '0' ? now : 0;
            if (i > 0) {
                int two = (digits.charAt(i - 1) - '0') * 10 + (digits.charAt(i) - '0');
                if (two >= 10 && two <= 26) value += before;
            }
            before = now;
            now = value % mod;
        }
        return (int) now;
    }
}
