import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

public class ShiftCipher {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        long k = Long.parseLong(in.readLine().trim());
        char[] s = in.readLine().trim().toCharArray();
        int shift = (int) (k % 26);
        for (int i = 0; i < s.length; i++) {
            int back = (shift + i % 26) % 26;
            s[i] = (char) ('a' + (s[i] - 'a' - back + 26) % 26);
        }
        PrintWriter out = new PrintWriter(System.out);
        out.println(s);
        out.flush();
    }
}
