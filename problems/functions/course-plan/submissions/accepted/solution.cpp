class Solution {
public:
    bool canFinish(int courses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(courses);
        vector<int> waiting(courses, 0);
        for (auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            waiting[p[0]]++;
        }
        vector<int> stack;
        for (int c = 0; c < courses; c++)
            if (waiting[c] == 0) stack.push_back(c);
        int taken = 0;
        while (!stack.empty()) {
            int c = stack.back();
            stack.pop_back();
            taken++;
            for (int nxt : unlocks[c])
                if (--waiting[nxt] == 0) stack.push_back(nxt);
        }
        return taken == courses;
    }
};
