class Solution {
    public int longestCommonSubsequence(String first, String second) {
        char[] a = first.toCharArray(), b = second.toCharArray();
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (char ch : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = ch == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length];
    }
}
