// An uncaught exception: the JVM exits with status 1.
public class Main {
    public static void main(String[] args) {
        throw new IllegalStateException("golden RE");
    }
}
