// An uncaught exception: std::terminate, then SIGABRT.
#include <stdexcept>

int main() {
    throw std::runtime_error("golden RE");
}
