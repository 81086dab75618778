class Solution {
    public String reverseWords(String text) {
        String[] words = text.trim().split(" +");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = words.length - 1; i >= 0; i--) {
            out.append(words[i]);
            if (i > 0) out.append(' ');
        }
        return out.toString();
    }
}
