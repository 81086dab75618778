package contest.sum;

import java.util.Scanner;

public class Packaged {
    record Pair(long a, long b) {
        long sum() {
            return a + b;
        }
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        for (int i = 0; i < n; i++) {
            System.out.println(new Pair(in.nextLong(), in.nextLong()).sum());
        }
    }
}
