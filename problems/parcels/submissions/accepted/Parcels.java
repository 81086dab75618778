import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Parcels {
    static long[] w;
    static int d;

    static boolean fits(long cap) {
        long trips = 1, load = 0;
        for (long x : w) {
            load += x;
            if (load > cap) {
                trips++;
                load = x;
                if (trips > d) return false;
            }
        }
        return true;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(st.nextToken());
        d = Integer.parseInt(st.nextToken());
        w = new long[n];
        st = new StringTokenizer(in.readLine());
        long total = 0, heaviest = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Long.parseLong(st.nextToken());
            total += w[i];
            heaviest = Math.max(heaviest, w[i]);
        }
        long lo = heaviest, hi = total;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (fits(mid)) hi = mid;
            else lo = mid + 1;
        }
        System.out.println(lo);
    }
}
