// Grows a vector of touched 1 MiB blocks forever: OOM kill (or std::bad_alloc).
#include <memory>
#include <vector>
#include <cstring>

int main() {
    std::vector<std::unique_ptr<char[]>> blocks;
    for (;;) {
        blocks.emplace_back(new char[1 << 20]);
        std::memset(blocks.back().get(), 1, 1 << 20);
    }
}
