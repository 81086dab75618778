/* Prints 2 MiB, twice the problem's 1 MiB output limit, and ends. */
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 32768; i++)
        fputs("0123456789012345678901234567890123456789012345678901234567890123\n", stdout);
    return 0;
}
