import java.io.*;
import java.util.*;

public class Main implements Runnable {
    static class Graph {
        final int n;
        final List<Integer>[] adj;

        @SuppressWarnings("unchecked")
        Graph(int n) {
            this.n = n;
            adj = new List[n + 1];
            for (int i = 0; i <= n; i++) adj[i] = new ArrayList<>();
        }

        void addEdge(int a, int b) {
            adj[a].add(b);
        }
    }

    private Graph graph;
    private int[] state;
    private int[] order;
    private int filled;
    private boolean cyclic;

    private void dfs(int u) {
        state[u] = 1;
        for (int v : graph.adj[u]) {
            if (state[v] == 1) {
                cyclic = true;
            } else if (state[v] == 0) {
                dfs(v);
            }
            if (cyclic) return;
        }
        state[u] = 2;
        order[--filled] = u;
    }

    @Override
    public void run() {
        try {
            BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
            StringTokenizer st = new StringTokenizer(br.readLine());
            int n = Integer.parseInt(st.nextToken());
            int m = Integer.parseInt(st.nextToken());
            graph = new Graph(n);
            for (int i = 0; i < m; i++) {
                st = new StringTokenizer(br.readLine());
                graph.addEdge(Integer.parseInt(st.nextToken()), Integer.parseInt(st.nextToken()));
            }
            state = new int[n + 1];
            order = new int[n];
            filled = n;
            for (int u = 1; u <= n && !cyclic; u++) {
                if (state[u] == 0) dfs(u);
            }
            PrintWriter out = new PrintWriter(new BufferedOutputStream(System.out));
            if (cyclic) {
                out.println("IMPOSSIBLE");
            } else {
                StringJoiner joiner = new StringJoiner(" ");
                for (int u : order) joiner.add(Integer.toString(u));
                out.println(joiner);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(null, new Main(), "solver", 1L << 28);
        t.start();
        t.join();
    }
}
