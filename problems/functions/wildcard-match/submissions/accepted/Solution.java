class Solution {
    public boolean isMatch(String text, String pattern) {
        int m = pattern.length();
        boolean[] row = new boolean[m + 1];
        row[0] = true;
        for (int j = 1; j <= m; j++) row[j] = row[j - 1] && pattern.charAt(j - 1) == '*';
        for (int i = 0; i < text.length(); i++) {
            boolean[] next = new boolean[m + 1];
            char ch = text.charAt(i);
            for (int j = 1; j <= m; j++) {
                char p = pattern.charAt(j - 1);
                next[j] = p == '*' ? next[j - 1] || row[j] : row[j - 1] && (p == '?' || p == ch);
            }
            row = next;
        }
        return row[m];
    }
}
