import java.io.*;
import java.util.*;

public class Nest {
    static class P {
        final long a, b;

        P(long a, long b) {
            this.a = a;
            this.b = b;
        }

        long sum() {
            return a + b;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            P p = new P(Long.parseLong(st.nextToken()), Long.parseLong(st.nextToken()));
            out.append(p.sum()).append('\n');
        }
        System.out.print(out);
    }
}
