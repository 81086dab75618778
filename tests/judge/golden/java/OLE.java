// Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
import java.io.BufferedOutputStream;
import java.io.PrintStream;

public class Main {
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false);
        String line = "0123456789".repeat(100);
        for (int i = 0; i < 2048; i++) out.println(line);
        out.flush();
    }
}
