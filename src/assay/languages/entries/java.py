from assay.languages.model import CompileLimits, Language

JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"

LANGUAGE = Language(
    id="java",
    name="Java 17",
    extensions=(".java",),
    monaco_id="java",
    source_name="Main.java",
    compile_argv=(
        f"{JAVA_HOME}/bin/javac",
        "-J-Xmx512m",
        "-J-XX:+UseSerialGC",
        "-J-XX:TieredStopAtLevel=1",
        "-encoding",
        "UTF-8",
        "-d",
        ".",
        "{src}",
    ),
    compile_limits=CompileLimits(cpu_time_s=30, wall_time_s=60, memory_kib=1536 * 1024),
    run_argv=(
        f"{JAVA_HOME}/bin/java",
        "-Xmx{mem_mib}m",
        "-Xss{stack_mib}m",
        "-XX:+UseSerialGC",
        "-XX:ActiveProcessorCount=1",
        "-XX:-UsePerfData",
        "-Xshare:auto",
        "-cp",
        "{prog}",
        "{main_class}",
    ),
    toolchain=(f"{JAVA_HOME}/bin/javac", f"{JAVA_HOME}/bin/java"),
    version_argv=(f"{JAVA_HOME}/bin/java", "-version"),
    # The heap is capped at the problem's limit; the JVM's own code and metadata come on top.
    runtime_memory_kib=192 * 1024,
    min_processes=96,
    max_stack_mib=512,
    min_open_files=256,
    memory_error_markers=(b"java.lang.OutOfMemoryError",),
    selftest_source="""import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println(in.next());
    }
}
""",
    starter_code="""import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.flush();
    }
}
""",
)
