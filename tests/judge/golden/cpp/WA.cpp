#include <iostream>

int main() {
    long long n, x, sum = 0;
    std::cin >> n;
    for (long long i = 0; i < n; i++) {
        std::cin >> x;
        sum += x;
    }
    std::cout << sum + 1 << "\n";  // off by one
}
