import java.io.*;
import java.util.*;

public class Main {
    record Interval(int start, int end) {}

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        List<Interval> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            requests.add(new Interval(Integer.parseInt(st.nextToken()), Integer.parseInt(st.nextToken())));
        }
        requests.sort(Comparator.comparingInt(Interval::end).thenComparingInt(Interval::start));
        int taken = 0;
        long freeFrom = Long.MIN_VALUE;
        for (Interval r : requests) {
            if (r.start() >= freeFrom) {
                taken++;
                freeFrom = r.end();
            }
        }
        System.out.println(taken);
    }
}
