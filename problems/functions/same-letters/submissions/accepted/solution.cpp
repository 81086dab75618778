class Solution {
public:
    bool sameLetters(string first, string second) {
        if (first.size() != second.size()) return false;
        int count[26] = {0};
        for (char c : first) count[c - 'a']++;
        for (char c : second) count[c - 'a']--;
        for (int x : count)
            if (x != 0) return false;
        return true;
    }
};
