class Solution {
    public int minCuts(String s) {
        int n = s.length();
        boolean[][] palindrome = new boolean[n][n];
        int[] cuts = new int[n + 1];
        cuts[0] = -1;
        for (int i = 1; i <= n; i++) {
            cuts[i] = i - 1;
            for (int a = 0; a < i; a++) {
                int b = i - 1;
                if (s.charAt(a) == s.charAt(b) && (b - a < 2 || palindrome[a + 1][b - 1])) {
                    palindrome[a][b] = true;
                    cuts[i] = Math.min(cuts[i], cuts[a] + 1);
                }
            }
        }
        return cuts[n];
    }
}
