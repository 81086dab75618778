// Answers "ping N" queries with "pong N"; anything else is rejected at once, without reading on.
#include <cstdio>
#include <cstring>
#include <string>

static int reject(const std::string &feedback, const char *why) {
    FILE *message = fopen((feedback + "judgemessage.txt").c_str(), "w");
    if (message) {
        fputs(why, message);
        fclose(message);
    }
    return 43;
}

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    std::string feedback = argv[3];
    char word[16];
    long long n;
    while (scanf("%15s", word) == 1) {
        if (strcmp(word, "done") == 0) return 42;
        if (strcmp(word, "ping") != 0 || scanf("%lld", &n) != 1) return reject(feedback, "malformed query");
        printf("pong %lld\n", n);
        fflush(stdout);
    }
    return reject(feedback, "no done");
}
