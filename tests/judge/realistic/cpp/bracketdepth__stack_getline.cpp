#include <bits/stdc++.h>
using namespace std;

namespace brackets {
constexpr char closer_of(char c) {
    switch (c) {
        case '(': return ')';
        case '[': return ']';
        case '{': return '}';
        default: return 0;
    }
}

int depth(const string& s) {
    string stack;
    stack.reserve(s.size());
    int best = 0;
    for (char c : s) {
        if (char want = closer_of(c)) {
            stack.push_back(want);
            best = max(best, (int)stack.size());
        } else {
            if (stack.empty() || stack.back() != c) return -1;
            stack.pop_back();
        }
    }
    return stack.empty() ? best : -1;
}
}  // namespace brackets

int main() {
    cin.tie(nullptr)->sync_with_stdio(false);
    string s;
    getline(cin, s);
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
    cout << brackets::depth(s) << endl;
}
