#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int *from = malloc((m + 1) * sizeof(int)), *to = malloc((m + 1) * sizeof(int));
    int *start = calloc(n + 2, sizeof(int)), *indeg = calloc(n + 1, sizeof(int));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d", &from[i], &to[i]) != 2) return 1;
        start[from[i] + 1]++;
        indeg[to[i]]++;
    }
    for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
    int *adj = malloc((m + 1) * sizeof(int)), *fill = malloc((n + 2) * sizeof(int));
    for (int i = 0; i <= n + 1; i++) fill[i] = start[i];
    for (int i = 0; i < m; i++) adj[fill[from[i]]++] = to[i];
    int *queue = malloc((n + 1) * sizeof(int)), head = 0, tail = 0;
    for (int u = 1; u <= n; u++)
        if (indeg[u] == 0) queue[tail++] = u;
    while (head < tail) {
        int u = queue[head++];
        for (int k = start[u]; k < start[u + 1]; k++)
            if (--indeg[adj[k]] == 0) queue[tail++] = adj[k];
    }
    if (tail < n) {
        puts("IMPOSSIBLE");
        return 0;
    }
    for (int i = 0; i < n; i++) printf("%d%c", queue[i], i + 1 == n ? '\n' : ' ');
    return 0;
}
