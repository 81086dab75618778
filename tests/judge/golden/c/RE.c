/* Dereferences a null pointer: killed by SIGSEGV. */
#include <stdio.h>

int main(void) {
    int *volatile pointer = NULL;
    printf("%d\n", *pointer);
    return 0;
}
