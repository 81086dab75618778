class Solution {
public:
    vector<vector<string>> bucketAnagrams(vector<string>& words) {
        unordered_map<string, int> index;
        index.reserve(words.size() * 2);
        vector<vector<string>> buckets;
        for (const string& w : words) {
            string key = signature(w);
            auto it = index.find(key);
            if (it == index.end()) {
                index.emplace(std::move(key), (int)buckets.size());
                buckets.push_back({w});
            } else {
                buckets[it->second].push_back(w);
            }
        }
        return buckets;
    }

private:
    // counting sort of the letters: words are short, so this is the canonical form
    static string signature(const string& w) {
        int cnt[26] = {0};
        for (char c : w) cnt[c - 'a']++;
        string key;
        key.reserve(w.size());
        for (int i = 0; i < 26; i++) key.append(cnt[i], char('a' + i));
        return key;
    }
};
