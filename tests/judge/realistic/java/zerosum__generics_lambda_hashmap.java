import java.io.*;
import java.util.*;
import java.util.function.*;

public class Main {
    static class Counter<K> {
        private final Map<K, Integer> counts = new HashMap<>();

        /** Adds one occurrence and returns how many there were before. */
        int addAndGetPrevious(K key) {
            Integer before = counts.merge(key, 1, Integer::sum) - 1;
            return before;
        }
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in));
        IntSupplier nextInt = () -> {
            try {
                st.nextToken();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (int) st.nval;
        };
        int n = nextInt.getAsInt();
        Counter<Long> counter = new Counter<>();
        long prefix = 0, answer = counter.addAndGetPrevious(0L);
        for (int i = 0; i < n; i++) {
            prefix += nextInt.getAsInt();
            answer += counter.addAndGetPrevious(prefix);
        }
        System.out.println(answer);
    }
}
