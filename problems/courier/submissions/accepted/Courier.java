import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

public class Courier {
    static final DataInputStream IN = new DataInputStream(System.in);
    static final byte[] BUF = new byte[1 << 16];
    static int len = 0, pos = 0;

    static int read() throws IOException {
        if (pos == len) {
            len = IN.read(BUF, 0, BUF.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return BUF[pos++];
    }

    static long next() throws IOException {
        int c = read();
        while (c < '0' || c > '9') c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) next(), m = (int) next();
        // Adjacency in compressed (forward-star) form; each street is stored in both directions.
        int[] head = new int[n + 1], nxt = new int[2 * m], to = new int[2 * m];
        long[] wt = new long[2 * m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = (int) next(), v = (int) next();
            long w = next();
            to[2 * i] = v; wt[2 * i] = w; nxt[2 * i] = head[u]; head[u] = 2 * i;
            to[2 * i + 1] = u; wt[2 * i + 1] = w; nxt[2 * i + 1] = head[v]; head[v] = 2 * i + 1;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[1] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, 1});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            if (u == n) break;
            for (int e = head[u]; e != -1; e = nxt[e]) {
                long nd = top[0] + wt[e];
                if (nd < dist[to[e]]) {
                    dist[to[e]] = nd;
                    pq.add(new long[] {nd, to[e]});
                }
            }
        }
        System.out.println(dist[n] == Long.MAX_VALUE ? -1 : dist[n]);
    }
}
