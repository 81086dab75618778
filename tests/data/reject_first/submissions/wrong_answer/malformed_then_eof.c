/* One good query, then a malformed one; the next read finds EOF (the validator left) and the
   program fails at once, as GuessCrash.java does by throwing. */
#include <stdio.h>

int main(void) {
    char reply[32];
    long long n;
    printf("ping 1\n");
    fflush(stdout);
    if (scanf("%31s %lld", reply, &n) != 2) return 2;
    printf("ping one\n");
    fflush(stdout);
    if (scanf("%31s %lld", reply, &n) != 2) return 3;
    printf("done\n");
    return 0;
}
