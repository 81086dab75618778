// Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
#include <iostream>

int main() {
    std::ios::sync_with_stdio(false);
    for (int i = 0; i < 32768; i++)
        std::cout << "0123456789012345678901234567890123456789012345678901234567890123\n";
}
