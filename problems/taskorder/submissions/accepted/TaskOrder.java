import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class TaskOrder {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(st.nextToken()), m = Integer.parseInt(st.nextToken());
        // Adjacency lists in compressed form: head[u] -> edge index, next[e] -> next edge.
        int[] head = new int[n + 1], next = new int[m], to = new int[m], indeg = new int[n + 1];
        java.util.Arrays.fill(head, -1);
        for (int e = 0; e < m; e++) {
            st = new StringTokenizer(in.readLine());
            int a = Integer.parseInt(st.nextToken()), b = Integer.parseInt(st.nextToken());
            to[e] = b;
            next[e] = head[a];
            head[a] = e;
            indeg[b]++;
        }
        int[] order = new int[n];
        int size = 0;
        for (int v = 1; v <= n; v++) if (indeg[v] == 0) order[size++] = v;
        for (int i = 0; i < size; i++)
            for (int e = head[order[i]]; e != -1; e = next[e])
                if (--indeg[to[e]] == 0) order[size++] = to[e];
        if (size < n) {
            System.out.println("IMPOSSIBLE");
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(order[i]).append(i + 1 < n ? ' ' : '\n');
        System.out.print(sb);
    }
}
