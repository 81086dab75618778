import java.io.*;
import java.util.*;

public class Main {
    private final int[] values;

    Main(int[] values) {
        this.values = values;
    }

    /** A non-static inner class: it reads the outer instance's values. */
    class Tails {
        private final int[] tails = new int[values.length];
        private int length = 0;

        void offer(int x) {
            int at = Arrays.binarySearch(tails, 0, length, x);
            if (at < 0) at = -at - 1;
            tails[at] = x;
            if (at == length) length++;
        }

        int run() {
            for (int v : values) offer(v);
            return length;
        }
    }

    int solve() {
        Tails t = new Tails();
        return t.run();
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (int) in.nval;
        }
        System.out.println(new Main(a).solve());
    }
}
