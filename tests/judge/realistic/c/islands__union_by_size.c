#include <stdio.h>

#define MAXN 100005

static int parent[MAXN], sz[MAXN];

static int find(int x) {
    int root = x;
    while (parent[root] != root) root = parent[root];
    while (parent[x] != root) {
        int next = parent[x];
        parent[x] = root;
        x = next;
    }
    return root;
}

static void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (sz[a] < sz[b]) {
        int t = a;
        a = b;
        b = t;
    }
    parent[b] = a;
    sz[a] += sz[b];
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    for (int i = 1; i <= n; i++) {
        parent[i] = i;
        sz[i] = 1;
    }
    char op[4];
    int u, v;
    while (q-- > 0 && scanf("%3s %d", op, &u) == 2) {
        if (op[0] == 'S') {
            printf("%d\n", sz[find(u)]);
        } else {
            if (scanf("%d", &v) != 1) return 1;
            if (op[0] == 'B') unite(u, v);
            else puts(find(u) == find(v) ? "YES" : "NO");
        }
    }
    return 0;
}
