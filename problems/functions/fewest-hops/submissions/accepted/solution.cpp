class Solution {
public:
    int fewestHops(vector<int>& hops) {
        int jumps = 0, end = 0, far = 0;
        for (int i = 0; i + 1 < (int)hops.size(); i++) {
            far = max(far, i + hops[i]);
            if (i == end) {
                jumps++;
                end = far;
            }
        }
        return jumps;
    }
};
