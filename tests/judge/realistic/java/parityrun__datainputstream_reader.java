import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

public class Main {
    /** The classic contest reader: raw bytes through a buffer, no tokenizer. */
    static final class Reader {
        private static final int BUFFER_SIZE = 1 << 16;
        private final DataInputStream din;
        private final byte[] buffer = new byte[BUFFER_SIZE];
        private int bufferPointer = 0, bytesRead = 0;

        Reader(InputStream in) {
            din = new DataInputStream(in);
        }

        int nextInt() throws IOException {
            int ret = 0;
            byte b = read();
            while (b <= ' ') b = read();
            boolean neg = b == '-';
            if (neg) b = read();
            do {
                ret = ret * 10 + b - '0';
            } while ((b = read()) >= '0' && b <= '9');
            return neg ? -ret : ret;
        }

        private void fillBuffer() throws IOException {
            bytesRead = din.read(buffer, bufferPointer = 0, BUFFER_SIZE);
            if (bytesRead == -1) {
                bytesRead = 0;
                buffer[0] = -1;
            }
        }

        private byte read() throws IOException {
            if (bufferPointer == bytesRead) fillBuffer();
            return buffer[bufferPointer++];
        }
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader(System.in);
        int n = in.nextInt();
        int bestLen = 0, bestStart = 0, len = 0, start = 0, prev = -1;
        for (int i = 1; i <= n; i++) {
            int p = Math.floorMod(in.nextInt(), 2);
            if (p == prev) {
                len++;
            } else {
                len = 1;
                start = i;
                prev = p;
            }
            if (len > bestLen) {
                bestLen = len;
                bestStart = start;
            }
        }
        System.out.println(bestLen + " " + bestStart);
    }
}
