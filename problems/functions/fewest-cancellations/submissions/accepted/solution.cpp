class Solution {
public:
    int fewestCancellations(vector<vector<int>>& bookings) {
        vector<pair<int, int>> byEnd;
        for (auto& b : bookings) byEnd.push_back({b[1], b[0]});
        sort(byEnd.begin(), byEnd.end());
        int kept = 0;
        long long freeAt = LLONG_MIN;
        for (auto& [end, start] : byEnd) {
            if (start >= freeAt) {
                kept++;
                freeAt = end;
            }
        }
        return (int)bookings.size() - kept;
    }
};
