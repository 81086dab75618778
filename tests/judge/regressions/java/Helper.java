import java.util.*;

// No public class; the helper comes after the class with main, and an enum nests inside it.
class Solution {
    enum Op { ADD }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(Adder.apply(Op.ADD, in.nextLong(), in.nextLong())).append('\n');
        }
        System.out.print(out);
    }
}

class Adder {
    static long apply(Solution.Op op, long a, long b) {
        return a + b;
    }
}
