class Solution {
public:
    string reverseWords(string text) {
        vector<string> words;
        string word;
        for (char c : text) {
            if (c == ' ') {
                if (!word.empty()) words.push_back(move(word)), word.clear();
            } else {
                word += c;
            }
        }
        if (!word.empty()) words.push_back(word);
        string out;
        for (int i = (int)words.size() - 1; i >= 0; i--) {
            out += words[i];
            if (i) out += ' ';
        }
        return out;
    }
};
