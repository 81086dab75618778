class Solution {
    public boolean canSplit(String s, String[] words) {
        Set<String> vocab = new HashSet<>(Arrays.asList(words));
        int maxLen = 0;
        for (String w : words) maxLen = Math.max(maxLen, w.length());
        int n = s.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int len = 1; len <= maxLen && len <= i; len++) {
                if (ok[i - len] && vocab.contains(s.substring(i - len, i))) {
                    ok[i] = true;
                    break;
                }
            }
        }
        return ok[n];
    }
}
