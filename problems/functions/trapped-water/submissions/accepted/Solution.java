class Solution {
    public long trappedWater(int[] heights) {
        // A stack of columns with decreasing heights: each pop fills one horizontal layer.
        int[] stack = new int[heights.length];
        int top = 0;
        long total = 0;
        for (int i = 0; i < heights.length; i++) {
            while (top > 0 && heights[stack[top - 1]] < heights[i]) {
                int bottom = heights[stack[--top]];
                if (top == 0) break;
                int left = stack[top - 1];
                long level = Math.min(heights[left], heights[i]) - bottom;
                total += level * (i - left - 1);
            }
            stack[top++] = i;
        }
        return total;
    }
}
