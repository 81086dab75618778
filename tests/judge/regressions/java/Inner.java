import java.io.*;
import java.util.*;

public class Inner {
    // A non-static inner class and an anonymous Comparator: Inner$Pair.class, Inner$1.class.
    class Pair {
        long a, b;

        Pair(long a, long b) {
            this.a = a;
            this.b = b;
        }
    }

    void solve() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            pairs.add(new Pair(Long.parseLong(st.nextToken()), Long.parseLong(st.nextToken())));
        }
        Comparator<Pair> keepOrder = new Comparator<Pair>() {
            @Override
            public int compare(Pair x, Pair y) {
                return 0;
            }
        };
        pairs.sort(keepOrder);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pairs.forEach(p -> out.println(p.a + p.b));
        out.flush();
    }

    public static void main(String[] args) throws IOException {
        new Inner().solve();
    }
}
