import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

// Binary search on the meeting time T: everybody can meet by time T iff the intervals
// [x - vT, x + vT] have a common point, i.e. max(x - vT) <= min(x + vT).
public class Gathering {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        double[] x = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            x[i] = Double.parseDouble(st.nextToken());
            v[i] = Double.parseDouble(st.nextToken());
        }
        double lo = 0, hi = 2e9;
        for (int iter = 0; iter < 100; iter++) {
            double t = (lo + hi) / 2;
            double maxLeft = Double.NEGATIVE_INFINITY, minRight = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                maxLeft = Math.max(maxLeft, x[i] - v[i] * t);
                minRight = Math.min(minRight, x[i] + v[i] * t);
            }
            if (maxLeft <= minRight) hi = t;
            else lo = t;
        }
        System.out.printf("%.9f%n", hi);
    }
}
