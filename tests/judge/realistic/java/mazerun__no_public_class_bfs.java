import java.io.*;
import java.util.*;

class Cell {
    final int r, c;

    Cell(int r, int c) {
        this.r = r;
        this.c = c;
    }
}

class Maze {
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    private final char[][] grid;
    private final int rows, cols;

    Maze(char[][] grid) {
        this.grid = grid;
        this.rows = grid.length;
        this.cols = grid[0].length;
    }

    Cell find(char what) {
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (grid[r][c] == what) return new Cell(r, c);
        throw new NoSuchElementException(String.valueOf(what));
    }

    int shortest(Cell from, Cell to) {
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        ArrayDeque<Cell> queue = new ArrayDeque<>();
        dist[from.r][from.c] = 0;
        queue.add(from);
        while (!queue.isEmpty()) {
            Cell cur = queue.poll();
            for (int[] s : STEPS) {
                int nr = cur.r + s[0], nc = cur.c + s[1];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                if (grid[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[cur.r][cur.c] + 1;
                queue.add(new Cell(nr, nc));
            }
        }
        return dist[to.r][to.c];
    }
}

class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 20);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int rows = Integer.parseInt(st.nextToken());
        st.nextToken();
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) grid[r] = br.readLine().trim().toCharArray();
        Maze maze = new Maze(grid);
        System.out.println(maze.shortest(maze.find('S'), maze.find('E')));
    }
}
