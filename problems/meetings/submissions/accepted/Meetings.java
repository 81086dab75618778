import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Meetings {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        // Pack (end, start) into one long so a primitive sort orders by end, then start.
        long[] req = new long[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            long s = Long.parseLong(st.nextToken());
            long e = Long.parseLong(st.nextToken());
            req[i] = (e << 31) | s;
        }
        Arrays.sort(req);
        int count = 0;
        long freeFrom = 0;
        for (long r : req) {
            long e = r >>> 31, s = r & ((1L << 31) - 1);
            if (s >= freeFrom) {
                count++;
                freeFrom = e;
            }
        }
        System.out.println(count);
    }
}
