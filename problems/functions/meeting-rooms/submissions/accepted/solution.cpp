class Solution {
public:
    int minRooms(vector<vector<int>>& meetings) {
        vector<int> starts, ends;
        for (auto& m : meetings) {
            starts.push_back(m[0]);
            ends.push_back(m[1]);
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int rooms = 0, best = 0;
        size_t j = 0;
        for (int s : starts) {
            while (j < ends.size() && ends[j] <= s) {  // rooms freed by then
                j++;
                rooms--;
            }
            rooms++;
            best = max(best, rooms);
        }
        return best;
    }
};
