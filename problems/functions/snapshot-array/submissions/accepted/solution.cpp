class SnapshotArray {
    vector<vector<pair<int, int>>> history;  // per index: (snap id, value), ids increasing
    int snaps = 0;

public:
    SnapshotArray(int length) : history(length, vector<pair<int, int>>{{-1, 0}}) {}

    void set(int index, int value) {
        auto& changes = history[index];
        if (changes.back().first == snaps) changes.back().second = value;
        else changes.push_back({snaps, value});
    }

    int snap() { return snaps++; }

    int get(int index, int snapId) {
        auto& changes = history[index];
        auto it = upper_bound(changes.begin(), changes.end(), make_pair(snapId, INT_MAX));
        return prev(it)->second;
    }
};
