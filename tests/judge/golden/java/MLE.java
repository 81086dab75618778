// Keeps 1 MiB arrays alive past -Xmx: java.lang.OutOfMemoryError.
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<long[]> blocks = new ArrayList<>();
        while (true) blocks.add(new long[1 << 17]);
    }
}
