import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;

public class Ledger {
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

    static int nextOp() throws IOException {
        int c = read();
        while (c != '+' && c != '?') c = read();
        return c;
    }

    static long nextLong() throws IOException {
        int c = read();
        while (c != '-' && (c < '0' || c > '9')) c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }

    static long[] tree;

    static long prefix(int i) {
        long s = 0;
        for (; i > 0; i &= i - 1) s += tree[i];
        return s;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), q = (int) nextLong();
        tree = new long[n + 1];
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int op = nextOp();
            long a = nextLong(), b = nextLong();
            if (op == '+') {
                for (int i = (int) a; i <= n; i += i & -i) tree[i] += b;
            } else {
                out.append(prefix((int) b) - prefix((int) a - 1)).append('\n');
            }
        }
        PrintWriter pw = new PrintWriter(System.out);
        pw.print(out);
        pw.flush();
    }
}
