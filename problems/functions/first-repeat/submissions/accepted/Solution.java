class Solution {
    public char firstRepeated(String s) {
        int[] count = new int[128];
        int n = s.length();
        for (int i = 0; i < n; i++) count[s.charAt(i)]++;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (count[c] > 1) return c;
        }
        return '\0';
    }
}
