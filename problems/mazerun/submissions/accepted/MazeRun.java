import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class MazeRun {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(st.nextToken()), c = Integer.parseInt(st.nextToken());
        int w = c + 2, h = r + 2;
        // Grid with a border of walls around it, flattened row by row.
        boolean[] wall = new boolean[w * h];
        java.util.Arrays.fill(wall, true);
        int start = -1, exit = -1;
        for (int i = 1; i <= r; i++) {
            String row = in.readLine();
            for (int j = 1; j <= c; j++) {
                char ch = row.charAt(j - 1);
                int id = i * w + j;
                wall[id] = ch == '#';
                if (ch == 'S') start = id;
                if (ch == 'E') exit = id;
            }
        }
        int[] dist = new int[w * h];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[w * h];
        int head = 0, tail = 0;
        dist[start] = 0;
        queue[tail++] = start;
        int[] delta = {1, -1, w, -w};
        while (head < tail) {
            int u = queue[head++];
            if (u == exit) break;
            for (int d : delta) {
                int v = u + d;
                if (!wall[v] && dist[v] == -1) {
                    dist[v] = dist[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        System.out.println(dist[exit]);
    }
}
