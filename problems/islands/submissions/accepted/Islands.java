import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.StringTokenizer;

public class Islands {
    static int[] parent, size;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            st = new StringTokenizer(in.readLine());
            char kind = st.nextToken().charAt(0);
            int a = find(Integer.parseInt(st.nextToken()));
            if (kind == 'S') {
                out.append(size[a]).append('\n');
                continue;
            }
            int b = find(Integer.parseInt(st.nextToken()));
            if (kind == 'Q') {
                out.append(a == b ? "YES\n" : "NO\n");
            } else if (a != b) {
                if (size[a] < size[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                size[a] += size[b];
            }
        }
        PrintWriter pw = new PrintWriter(System.out);
        pw.print(out);
        pw.flush();
    }
}
