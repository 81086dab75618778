#include <stdio.h>
#include <string.h>

#define MAXC 1000

static char grid[MAXC][MAXC + 2];
static int dist[MAXC * MAXC];
static int queue[MAXC * MAXC];

int main(void) {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 1;
    int s = 0, e = 0;
    for (int r = 0; r < R; r++) {
        if (scanf("%s", grid[r]) != 1) return 1;
        for (int c = 0; c < C; c++) {
            if (grid[r][c] == 'S') s = r * C + c;
            if (grid[r][c] == 'E') e = r * C + c;
        }
    }
    memset(dist, -1, sizeof(int) * R * C);
    int head = 0, tail = 0;
    dist[s] = 0;
    queue[tail++] = s;
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    while (head < tail && dist[e] < 0) {
        int cur = queue[head++], r = cur / C, c = cur % C;
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nr >= R || nc < 0 || nc >= C || grid[nr][nc] == '#') continue;
            int next = nr * C + nc;
            if (dist[next] >= 0) continue;
            dist[next] = dist[cur] + 1;
            queue[tail++] = next;
        }
    }
    printf("%d\n", dist[e]);
    return 0;
}
