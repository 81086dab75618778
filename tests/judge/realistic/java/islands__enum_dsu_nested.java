import java.io.*;
import java.util.*;

public class Islands {
    enum Kind {
        BUILD('B'), QUERY('Q'), SIZE('S');

        final char code;

        Kind(char code) {
            this.code = code;
        }

        static Kind of(String token) {
            for (Kind k : values()) {
                if (k.code == token.charAt(0)) return k;
            }
            throw new IllegalArgumentException(token);
        }
    }

    static class DisjointSets {
        private final int[] parent;
        private final int[] size;

        DisjointSets(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            a = find(a);
            b = find(b);
            if (a == b) return;
            if (size[a] < size[b]) {
                int t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
        }

        int sizeOf(int x) {
            return size[find(x)];
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int q = Integer.parseInt(st.nextToken());
        DisjointSets dsu = new DisjointSets(n + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            Kind kind = Kind.of(st.nextToken());
            int u = Integer.parseInt(st.nextToken());
            switch (kind) {
                case BUILD -> dsu.union(u, Integer.parseInt(st.nextToken()));
                case QUERY -> sb.append(dsu.find(u) == dsu.find(Integer.parseInt(st.nextToken())) ? "YES" : "NO").append('\n');
                case SIZE -> sb.append(dsu.sizeOf(u)).append('\n');
            }
        }
        System.out.print(sb);
    }
}
