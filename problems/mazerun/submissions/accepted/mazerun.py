import sys

WALL = ord("#")


def main() -> None:
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    # Flatten the grid with a border of walls, so neighbours never leave it.
    grid = bytearray(b"#" * w)
    for row in data[2 : 2 + r]:
        grid += b"#" + row + b"#"
    grid += b"#" * w
    start, exit_ = grid.find(b"S"), grid.find(b"E")
    # Breadth-first search layer by layer; visited cells are turned into walls.
    grid[start] = WALL
    frontier = [start]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for u in frontier:
            for v in (u - 1, u + 1, u - w, u + w):
                if grid[v] != WALL:
                    if v == exit_:
                        print(steps)
                        return
                    grid[v] = WALL
                    nxt.append(v)
        frontier = nxt
    print(-1)


main()
