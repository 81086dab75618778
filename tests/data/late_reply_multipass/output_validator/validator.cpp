// Sends "MODE a b", reads the sum, then by MODE:
//   late:  waits for the submission to leave (EOF), then says goodbye to it anyway;
//   eof:   reads to EOF and rejects anything after the answer;
//   flood: the submission floods it with output; reads all of it, then says goodbye.
// Multi-pass: an input "MODE a b 1" asks for a second pass on "MODE 10a 10b 2".
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>

static void drain() {
    int c;
    while ((c = getchar()) != EOF) {
    }
}

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    FILE *in = fopen(argv[1], "r");
    char mode[16];
    long long a, b;
    if (!in || fscanf(in, "%15s %lld %lld", mode, &a, &b) != 3) return 1;
    int pass = 0;
    if (fscanf(in, "%d", &pass) != 1) pass = 0;
    printf("%s %lld %lld\n", mode, a, b);
    fflush(stdout);
    long long got;
    bool ok = scanf("%lld", &got) == 1 && got == a + b;
    if (strcmp(mode, "eof") == 0) {
        int c;
        while ((c = getchar()) != EOF)
            if (!isspace(c)) ok = false;
    } else {
        drain();
        printf("bye\n");  // the submission is gone: EPIPE (SIGPIPE would kill us here)
        fflush(stdout);
    }
    std::string feedback = argv[3];
    if (ok && pass == 1) {
        FILE *next = fopen((feedback + "nextpass.in").c_str(), "w");
        if (!next) return 1;
        fprintf(next, "%s %lld %lld 2\n", mode, 10 * a, 10 * b);
        fclose(next);
    }
    FILE *message = fopen((feedback + "judgemessage.txt").c_str(), "w");
    if (message) {
        fprintf(message, "%s sum in pass %d", ok ? "correct" : "wrong", pass);
        fclose(message);
    }
    return ok ? 42 : 43;
}
