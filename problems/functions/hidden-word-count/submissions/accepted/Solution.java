class Solution {
    public int countOccurrences(String text, String word) {
        final int mod = 1_000_000_007;
        int m = word.length();
        int[] ways = new int[m + 1];
        ways[0] = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (int j = m; j >= 1; j--) {
                if (word.charAt(j - 1) == c) ways[j] = (ways[j] + ways[j - 1]) % mod;
            }
        }
        return ways[m];
    }
}
