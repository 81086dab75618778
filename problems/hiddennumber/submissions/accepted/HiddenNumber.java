import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

public class HiddenNumber {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(System.out);
        long n = Long.parseLong(in.readLine().trim());
        long lo = 1, hi = n;  // the secret is in [lo, hi]
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            out.println("? " + mid);
            out.flush();
            String reply = in.readLine().trim();
            if (reply.equals("equal")) {
                lo = hi = mid;
            } else if (reply.equals("less")) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        out.println("! " + lo);
        out.flush();
    }
}
