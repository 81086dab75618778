import java.io.*;
import java.util.*;

public class Parcels {
    @FunctionalInterface
    interface Monotone {
        boolean holds(long x);
    }

    static long firstTrue(long lo, long hi, Monotone p) {
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (p.holds(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int d = Integer.parseInt(st.nextToken());
        long[] w = Arrays.stream(br.readLine().trim().split(" ")).mapToLong(Long::parseLong).toArray();
        long lo = Arrays.stream(w).max().getAsLong();
        long hi = Arrays.stream(w).sum();
        long answer = firstTrue(lo, hi, cap -> {
            int days = 1;
            long load = 0;
            for (long x : w) {
                if (load + x > cap) {
                    days++;
                    load = 0;
                }
                load += x;
            }
            return days <= d;
        });
        assert n == w.length;
        System.out.println(answer);
    }
}
