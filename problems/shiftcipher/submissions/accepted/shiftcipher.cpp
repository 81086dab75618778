#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long k;
    std::string s;
    std::cin >> k >> s;
    int shift = (int)(k % 26);
    for (size_t i = 0; i < s.size(); i++) {
        int back = (shift + (int)(i % 26)) % 26;  // total shift of letter i, reduced
        s[i] = (char)('a' + (s[i] - 'a' - back + 26) % 26);
    }
    std::cout << s << '\n';
    return 0;
}
