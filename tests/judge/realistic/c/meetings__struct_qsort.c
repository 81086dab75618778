#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int start;
    int end;
} Request;

static int by_end(const void *a, const void *b) {
    const Request *x = a, *y = b;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Request *req = malloc(n * sizeof(Request));
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &req[i].start, &req[i].end) != 2) return 1;
    qsort(req, n, sizeof(Request), by_end);
    int count = 0, free_from = -1;
    for (int i = 0; i < n; i++) {
        if (req[i].start >= free_from) {
            count++;
            free_from = req[i].end;
        }
    }
    printf("%d\n", count);
    free(req);
    return 0;
}
