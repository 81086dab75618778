// Reads "a b" from the input file; the team must print a + b (any whitespace around it).
#include <cstdio>

#include "verdict.h"

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    verdict::feedback_dir = argv[3];
    FILE *in = std::fopen(argv[1], "r");
    long long a, b, got;
    if (!in || std::fscanf(in, "%lld %lld", &a, &b) != 2) return 1;
    if (std::scanf("%lld", &got) != 1) verdict::reject("no number");
    if (got != a + b) verdict::reject("wrong sum");
    char extra;
    if (std::scanf(" %c", &extra) == 1) verdict::reject("trailing output");
    verdict::accept("sum checked");
}
