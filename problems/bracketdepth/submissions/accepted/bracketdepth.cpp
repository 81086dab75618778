#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::string s;
    std::cin >> s;
    std::vector<char> stack;
    stack.reserve(s.size());
    size_t best = 0;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            stack.push_back(c);
            best = std::max(best, stack.size());
            continue;
        }
        char want = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (stack.empty() || stack.back() != want) {
            std::cout << -1 << '\n';
            return 0;
        }
        stack.pop_back();
    }
    if (stack.empty()) std::cout << best << '\n';
    else std::cout << -1 << '\n';
    return 0;
}
