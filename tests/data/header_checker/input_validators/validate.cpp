// One line "a b" with |a|, |b| <= 10^9, then the end of the file.
#include "bounds.h"

int main() {
    read_int(-1000000000, 1000000000);
    read_int(-1000000000, 1000000000);
    char extra;
    if (std::scanf(" %c", &extra) == 1) invalid("trailing data");
    return 42;
}
