#include <iostream>

int main() {
    std::string missing_semicolon = "x"
    std::cout << missing_semicolon << "\n";
}
