// An endless busy loop: killed at the CPU time limit.
public class Main {
    static volatile long counter;

    public static void main(String[] args) {
        while (true) counter++;
    }
}
