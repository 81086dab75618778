import sys
from collections import deque


def main():
    lines = sys.stdin.buffer.read().split()
    rows, cols = int(lines[0]), int(lines[1])
    width = cols + 2
    grid = bytearray(b"#" * width * (rows + 2))
    for r in range(rows):
        base = (r + 1) * width + 1
        grid[base : base + cols] = lines[2 + r]
    start, end = grid.index(b"S"), grid.index(b"E")
    dist = [-1] * len(grid)
    dist[start] = 0
    queue = deque([start])
    wall = ord("#")
    steps = (1, -1, width, -width)
    while queue:
        cur = queue.popleft()
        if cur == end:
            break
        nd = dist[cur] + 1
        for step in steps:
            nxt = cur + step
            if grid[nxt] != wall and dist[nxt] < 0:
                dist[nxt] = nd
                queue.append(nxt)
    print(dist[end])


main()
