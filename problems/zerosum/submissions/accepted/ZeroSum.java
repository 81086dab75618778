import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class ZeroSum {
    // Minimal fast reader for signed integers.
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

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long[] prefix = new long[n + 1];
        for (int i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + nextLong();
        Arrays.sort(prefix);
        long total = 0;
        for (int i = 0, j; i <= n; i = j) {
            for (j = i; j <= n && prefix[j] == prefix[i]; j++) {}
            long run = j - i;
            total += run * (run - 1) / 2;
        }
        System.out.println(total);
    }
}
