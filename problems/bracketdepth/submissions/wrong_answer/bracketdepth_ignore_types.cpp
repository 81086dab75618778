// WRONG: only counts open minus close brackets and ignores their types, so it accepts "([)]".
#include <iostream>
#include <string>

int main() {
    std::string s;
    std::cin >> s;
    long long depth = 0, best = 0;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            best = std::max(best, ++depth);
        } else if (--depth < 0) {
            std::cout << -1 << '\n';
            return 0;
        }
    }
    std::cout << (depth == 0 ? best : -1) << '\n';
    return 0;
}
