import java.io.*;
import java.util.ArrayDeque;
import java.util.Deque;

interface Checker {
    int depth(String s);
}

class BracketPairs {
    static char closerOf(char c) {
        switch (c) {
            case '(':
                return ')';
            case '[':
                return ']';
            case '{':
                return '}';
            default:
                return 0;
        }
    }
}

class StackChecker implements Checker {
    @Override
    public int depth(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char want = BracketPairs.closerOf(c);
            if (want != 0) {
                stack.push(want);
                best = Math.max(best, stack.size());
            } else if (stack.isEmpty() || stack.pop() != c) {
                return -1;
            }
        }
        return stack.isEmpty() ? best : -1;
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        Checker checker = new StackChecker();
        System.out.println(checker.depth(s));
    }
}
