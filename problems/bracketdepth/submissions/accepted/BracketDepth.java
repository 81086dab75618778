import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class BracketDepth {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine().trim();
        char[] stack = new char[s.length()];
        int top = 0, best = 0;
        boolean ok = true;
        for (int i = 0; i < s.length() && ok; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                stack[top++] = c;
                best = Math.max(best, top);
            } else {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (top == 0 || stack[top - 1] != want) ok = false;
                else top--;
            }
        }
        System.out.println(ok && top == 0 ? best : -1);
    }
}
