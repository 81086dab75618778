#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

typedef struct { long long dist; int node; } Item;
typedef struct { int to, next; long long w; } Edge;

static Item *heap;
static int heap_len;

static void push(long long dist, int node) {
    int i = heap_len++;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (heap[p].dist <= dist) break;
        heap[i] = heap[p];
        i = p;
    }
    heap[i].dist = dist;
    heap[i].node = node;
}

static Item pop(void) {
    Item top = heap[0], last = heap[--heap_len];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= heap_len) break;
        if (c + 1 < heap_len && heap[c + 1].dist < heap[c].dist) c++;
        if (heap[c].dist >= last.dist) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = last;
    return top;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int *head = malloc((n + 1) * sizeof(int));
    for (int i = 0; i <= n; i++) head[i] = -1;
    Edge *edges = malloc((2 * m + 1) * sizeof(Edge));
    int e = 0;
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        if (scanf("%d %d %lld", &u, &v, &w) != 3) return 1;
        edges[e] = (Edge){v, head[u], w};
        head[u] = e++;
        edges[e] = (Edge){u, head[v], w};
        head[v] = e++;
    }
    long long *dist = malloc((n + 1) * sizeof(long long));
    for (int i = 0; i <= n; i++) dist[i] = INT64_MAX;
    heap = malloc((2 * m + 2) * sizeof(Item));
    dist[1] = 0;
    push(0, 1);
    while (heap_len > 0) {
        Item it = pop();
        if (it.dist != dist[it.node]) continue;
        for (int k = head[it.node]; k != -1; k = edges[k].next) {
            long long nd = it.dist + edges[k].w;
            if (nd < dist[edges[k].to]) {
                dist[edges[k].to] = nd;
                push(nd, edges[k].to);
            }
        }
    }
    printf("%lld\n", dist[n] == INT64_MAX ? -1LL : dist[n]);
    return 0;
}
