class Solution {
public:
    char firstRepeated(string s) {
        int count[128] = {0};
        for (unsigned char c : s) count[c]++;
        for (unsigned char c : s)
            if (count[c] > 1) return (char)c;
        return '\0';
    }
};
