// Reading helpers for validate.cpp: exit 43 on anything out of format (a testlib.h in miniature).
#pragma once
#include <cstdio>
#include <cstdlib>

[[noreturn]] inline void invalid(const char *why) {
    std::fprintf(stderr, "invalid input: %s\n", why);
    std::exit(43);
}

inline long long read_int(long long low, long long high) {
    long long value;
    if (std::scanf("%lld", &value) != 1) invalid("not an integer");
    if (value < low || value > high) invalid("integer out of range");
    return value;
}
