import java.io.*;
import java.util.*;

class Edge {
    final int to;
    final long w;

    Edge(int to, long w) {
        this.to = to;
        this.w = w;
    }
}

class State implements Comparable<State> {
    final long dist;
    final int node;

    State(long dist, int node) {
        this.dist = dist;
        this.node = node;
    }

    @Override
    public int compareTo(State o) {
        return Long.compare(dist, o.dist);
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i <= n; i++) g.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int u = (int) in.nval;
            in.nextToken();
            int v = (int) in.nval;
            in.nextToken();
            long w = (long) in.nval;
            g.get(u).add(new Edge(v, w));
            g.get(v).add(new Edge(u, w));
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[1] = 0;
        PriorityQueue<State> pq = new PriorityQueue<>(new Comparator<State>() {
            @Override
            public int compare(State a, State b) {
                return a.compareTo(b);
            }
        });
        pq.add(new State(0, 1));
        while (!pq.isEmpty()) {
            State s = pq.poll();
            if (s.dist != dist[s.node]) continue;
            for (Edge e : g.get(s.node)) {
                long nd = s.dist + e.w;
                if (nd < dist[e.to]) {
                    dist[e.to] = nd;
                    pq.add(new State(nd, e.to));
                }
            }
        }
        System.out.println(dist[n] == Long.MAX_VALUE ? -1 : dist[n]);
    }
}
