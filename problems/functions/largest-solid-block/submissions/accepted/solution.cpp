class Solution {
public:
    int largestBlock(vector<vector<char>>& grid) {
        int cols = grid[0].size();
        vector<int> heights(cols + 1, 0), stack;
        int best = 0;
        for (auto& row : grid) {
            for (int c = 0; c < cols; c++) heights[c] = row[c] == '1' ? heights[c] + 1 : 0;
            stack.clear();
            for (int c = 0; c <= cols; c++) {
                while (!stack.empty() && heights[stack.back()] >= heights[c]) {
                    int h = heights[stack.back()];
                    stack.pop_back();
                    int width = stack.empty() ? c : c - stack.back() - 1;
                    best = max(best, h * width);
                }
                stack.push_back(c);
            }
        }
        return best;
    }
};
