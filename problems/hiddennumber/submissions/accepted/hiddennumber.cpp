#include <iostream>
#include <string>

int main() {
    long long n;
    std::cin >> n;
    long long lo = 1, hi = n;  // the secret is in [lo, hi]
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << std::endl;  // endl flushes
        std::string reply;
        std::cin >> reply;
        if (reply == "equal") lo = hi = mid;
        else if (reply == "less") hi = mid - 1;
        else lo = mid + 1;
    }
    std::cout << "! " << lo << std::endl;
    return 0;
}
