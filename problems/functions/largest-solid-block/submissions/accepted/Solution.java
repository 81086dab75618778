class Solution {
    public int largestBlock(char[][] grid) {
        int cols = grid[0].length;
        int[] heights = new int[cols + 1];
        int[] stack = new int[cols + 1];
        int best = 0;
        for (char[] row : grid) {
            for (int c = 0; c < cols; c++) heights[c] = row[c] == '1' ? heights[c] + 1 : 0;
            int top = 0;
            for (int c = 0; c <= cols; c++) {
                while (top > 0 && heights[stack[top - 1]] >= heights[c]) {
                    int h = heights[stack[--top]];
                    int width = top == 0 ? c : c - stack[top - 1] - 1;
                    best = Math.max(best, h * width);
                }
                stack[top++] = c;
            }
        }
        return best;
    }
}
