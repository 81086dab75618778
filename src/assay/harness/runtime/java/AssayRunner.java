// Assay's Java runtime: the driver loop (the protocol: docs/function-problems.md).
// __Driver__ supplies the Program, the call glue generated for the signature.
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class AssayRunner {
    /** What __Driver__ generates for one signature. */
    interface Program {
        int linesPerTest();

        /** A test's arguments; bad input is fatal (the judge checked it already). */
        Object[] decode(String[] lines);

        /** Runs the test: the canonical value, or throws (a design call: CallFailure). */
        String run(Object[] arguments) throws Throwable;
    }

    /** Call `call` of a design test failed. */
    static final class CallFailure extends Exception {
        final int call;

        private CallFailure(Throwable error, int call) {
            super(null, error, false, false);
            this.call = call;
        }
    }

    // 10^6-deep recursion of a five-argument method fits in 128 MiB. A larger stack makes an
    // infinite recursion slow to overflow: measured bare, 512 MiB took 14 s and 3.5 GB of RSS
    // (HotSpot unwinding compiled frames) before the StackOverflowError, 128 MiB 1.3 s.
    private static final long STACK_BYTES = 1L << 27;
    private static final int MESSAGE_LIMIT = 2000;

    private static FileOutputStream channel;
    private static boolean exported;
    private static PrintStream stdout;
    private static PrintStream stderr;

    private AssayRunner() {}

    static void main(Program program, String userFile) throws InterruptedException {
        stdout = System.out;
        stderr = System.err;
        Thread worker = new Thread(null, () -> runGuarded(program, userFile), "main", STACK_BYTES);
        worker.start();
        worker.join();
        // Exits even if the user's code left non-daemon threads (an executor) running.
        System.exit(0);
    }

    /** For design glue: OutOfMemoryError goes on up (the judge reports MLE). */
    static CallFailure failure(Throwable error, int call) {
        if (error instanceof OutOfMemoryError) {
            throw (OutOfMemoryError) error;
        }
        return new CallFailure(error, call);
    }

    private static void runGuarded(Program program, String userFile) {
        try {
            runAll(program, userFile);
        } catch (Throwable fatal) {
            try {
                fatal.printStackTrace(stderr);
                stderr.flush();
            } finally {
                Runtime.getRuntime().halt(1);
            }
        }
    }

    private static void runAll(Program program, String userFile) throws IOException {
        if ("3".equals(System.getenv("ASSAY_RESULT_FD"))) {
            channel = new FileOutputStream("/dev/fd/3");
        } else {
            // Outside Assay (an exported package on another judge) there is no result channel:
            // the records go to stdout, which the package's output validator reads, and the
            // user's prints to stderr. Never /dev/fd/3 there: in a JVM started without it, fd 3
            // is the JDK's own lib/modules, which opening it for writing would truncate.
            exported = true;
            channel = new FileOutputStream(java.io.FileDescriptor.out);
            stdout = System.err;
            System.setOut(System.err);
        }
        List<String> lines = readLines();
        // Stdin is at its end already; a stray read by the user's code gets nothing.
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int perTest = program.linesPerTest();
        int tests = perTest == 0 ? lines.size() : (lines.size() + perTest - 1) / perTest;
        for (int test = 0; test < tests; test++) {
            int from = test * perTest;
            String[] testLines = lines.subList(from, Math.min(from + perTest, lines.size()))
                    .toArray(new String[0]);
            emit(result(program, program.decode(Arrays.copyOf(testLines, perTest)), test, userFile));
        }
        emit("{\"end\":" + tests + "}");
    }

    private static List<String> readLines() throws IOException {
        byte[] data = System.in.readAllBytes();
        String text = decodeUtf8(data);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String decodeUtf8(byte[] data) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
    }

    private static String result(Program program, Object[] arguments, int test, String userFile) {
        try {
            return "{\"t\":" + test + ",\"v\":" + program.run(arguments) + "}";
        } catch (CallFailure failure) {
            return errorRecord(test, failure.getCause(), failure.call, userFile);
        } catch (OutOfMemoryError error) {
            throw error;
        } catch (Throwable error) {
            return errorRecord(test, error, -1, userFile);
        }
    }

    private static String errorRecord(int test, Throwable error, int call, String userFile) {
        StringBuilder out = new StringBuilder("{\"t\":").append(test).append(",\"e\":{\"kind\":");
        if (error instanceof AssayJson.Fault) {
            AssayJson.writeString(((AssayJson.Fault) error).kind, out);
            out.append(",\"type\":\"\",\"msg\":");
            AssayJson.writeString(error.getMessage(), out);
            out.append(",\"at\":[]}");
        } else {
            out.append("\"exception\",\"type\":");
            AssayJson.writeString(typeName(error), out);
            out.append(",\"msg\":");
            AssayJson.writeString(message(error), out);
            out.append(",\"at\":");
            writeFrames(error, userFile, out);
            out.append('}');
        }
        if (call >= 0) {
            out.append(",\"call\":").append(call);
        }
        return out.append('}').toString();
    }

    private static String typeName(Throwable error) {
        String simple = error.getClass().getSimpleName();
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }

    private static String message(Throwable error) {
        String text;
        try {
            text = error.getMessage();
        } catch (RuntimeException e) {
            text = null; // the user's exception overrides getMessage() and it threw
        }
        if (text == null) {
            return "";
        }
        return text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) : text;
    }

    /** [file, line, method] of the frames in the user's file, innermost last. */
    private static void writeFrames(Throwable error, String userFile, StringBuilder out) {
        StackTraceElement[] trace = error.getStackTrace();
        out.append('[');
        boolean first = true;
        for (int i = trace.length - 1; i >= 0; i--) {
            StackTraceElement frame = trace[i];
            if (!userFile.equals(frame.getFileName())) {
                continue;
            }
            out.append(first ? "[" : ",[");
            first = false;
            AssayJson.writeString(userFile, out);
            out.append(',').append(frame.getLineNumber()).append(',');
            AssayJson.writeString(frame.getMethodName(), out);
            out.append(']');
        }
        out.append(']');
    }

    private static void emit(String record) throws IOException {
        flushOutputs();
        String line = record.substring(0, record.length() - 1) + stdoutSize() + "}\n";
        channel.write(line.getBytes(StandardCharsets.UTF_8));
        if (exported && record.contains(",\"e\":")) {
            // Another judge sees the run-time error by the exit code.
            stderr.println(record);
            stderr.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    /** `,"o":N`: the size of stdout so far, by which the judge places each test's output. */
    private static String stdoutSize() {
        try {
            return ",\"o\":" + java.nio.file.Files.size(java.nio.file.Paths.get("/dev/fd/1"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The bytes printed before record i are test i's output. */
    private static void flushOutputs() {
        System.out.flush();
        System.err.flush();
        stdout.flush();
        stderr.flush();
    }
}
