// The Kattis verdict protocol for checkers: exit 42 accepts, 43 rejects, with a judge message.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

namespace verdict {
inline std::string feedback_dir;

[[noreturn]] inline void finish(int code, const char *message) {
    FILE *file = std::fopen((feedback_dir + "/judgemessage.txt").c_str(), "w");
    if (file) {
        std::fputs(message, file);
        std::fclose(file);
    }
    std::exit(code);
}
[[noreturn]] inline void accept(const char *message) { finish(42, message); }
[[noreturn]] inline void reject(const char *message) { finish(43, message); }
}  // namespace verdict
