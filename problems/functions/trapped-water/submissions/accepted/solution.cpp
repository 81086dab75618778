class Solution {
public:
    long long trappedWater(vector<int>& heights) {
        int n = heights.size();
        vector<int> rightMax(n);
        int high = 0;
        for (int i = n - 1; i >= 0; i--) rightMax[i] = high = max(high, heights[i]);
        long long total = 0;
        high = 0;
        for (int i = 0; i < n; i++) {
            high = max(high, heights[i]);
            total += min(high, rightMax[i]) - heights[i];
        }
        return total;
    }
};
