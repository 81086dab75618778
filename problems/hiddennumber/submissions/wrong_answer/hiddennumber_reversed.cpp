// WRONG: reads the reply the wrong way round ("less" taken to mean that the guess is too small),
// so the search walks away from the secret.
#include <iostream>
#include <string>

int main() {
    long long n;
    std::cin >> n;
    long long lo = 1, hi = n;
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << std::endl;
        std::string reply;
        std::cin >> reply;
        if (reply == "equal") lo = hi = mid;
        else if (reply == "less") lo = mid + 1;
        else hi = mid - 1;
    }
    std::cout << "! " << lo << std::endl;
    return 0;
}
