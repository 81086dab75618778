import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class ParityRun {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer st = new StringTokenizer(in.readLine());
        int bestLen = 0, bestStart = 1, runStart = 1, prev = -1;
        for (int i = 1; i <= n; i++) {
            int parity = Math.floorMod(Integer.parseInt(st.nextToken()), 2);
            if (parity != prev) {
                runStart = i;
                prev = parity;
            }
            if (i - runStart + 1 > bestLen) {
                bestLen = i - runStart + 1;
                bestStart = runStart;
            }
        }
        System.out.println(bestLen + " " + bestStart);
    }
}
