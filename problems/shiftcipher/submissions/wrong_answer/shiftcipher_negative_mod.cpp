// WRONG: reduces k and i separately but not their sum, so the value before the final
// "% 26" can still be negative (down to -24), and C++ keeps the sign of the dividend.
#include <iostream>
#include <string>

int main() {
    long long k;
    std::string s;
    std::cin >> k >> s;
    for (size_t i = 0; i < s.size(); i++) {
        int v = (s[i] - 'a' - (int)(k % 26) - (int)(i % 26) + 26) % 26;
        s[i] = (char)('a' + v);
    }
    std::cout << s << '\n';
    return 0;
}
