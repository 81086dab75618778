import re

from assay.languages.model import (
    PRECOMPILED_DIR,
    CompileLimits,
    EntryPoint,
    Language,
    NamingRules,
    Precompiled,
)


def _class_with_main(source: str) -> str | None:
    """The last class declared before `static void main` (Java without a public class)."""
    main_at = re.search(r"static\s+void\s+main\s*\(", source)
    if main_at is None:
        return None
    classes = re.findall(r"\bclass\s+([A-Za-z_]\w*)", source[: main_at.start()])
    return classes[-1] if classes else None


def _java_file_name(source: str, kept: str | None) -> str:
    """A public class names its file; the submitted name stays when it is that class (or
    there is no public class); else the class with `main`, else Main.java."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*", " ", source, flags=re.DOTALL)
    public = re.findall(r"public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_]\w*)", code)
    stem = kept.removesuffix(".java") if kept else None
    if stem and (stem in public or (not public and stem.isidentifier())):
        return f"{stem}.java"
    if public:
        return f"{public[0]}.java"
    main = _class_with_main(code)
    return f"{main}.java" if main else "Main.java"


def _qualified(source: str, class_name: str) -> str:
    package = re.search(r"^\s*package\s+([\w.]+)\s*;", source, re.MULTILINE)
    return f"{package.group(1)}.{class_name}" if package else class_name


def _entry_guess(source: str) -> str | None:
    """The fully qualified class with `main` (package included), or None."""
    name = _class_with_main(source)
    return None if name is None else _qualified(source, name)


def _entry_classes(source: str, file_name: str) -> tuple[str, ...]:
    """The class the file is named after (its public class), then the class declared last
    before `main`."""
    guess = _entry_guess(source)
    named = _qualified(source, file_name.rsplit(".", 1)[0])
    return (named, guess) if guess else (named,)


JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"

JAVAC_FLAGS = ("-J-Xmx512m", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1")
# javac is a Java program: loading its own classes is half of a small compile (0.47 s -> 0.32 s
# with them archived). The archive is made by compiling a program that uses what submissions use.
WARM_UP_SOURCE = """import java.io.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Warm {
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    enum Kind { A, B }
    static class Reader {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        private StringTokenizer st;
        String next() throws IOException {
            while (st == null || !st.hasMoreTokens()) st = new StringTokenizer(in.readLine());
            return st.nextToken();
        }
    }
    public static void main(String[] args) throws IOException {
        List<Shape> shapes = new ArrayList<>(List.of(new Circle(1)));
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Function<Integer, Integer> twice = x -> x * 2;
        int total = IntStream.range(0, 10).map(twice::apply).sum();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(total + " " + shapes.stream().mapToDouble(Shape::area).sum() + counts);
        out.flush();
    }
}
"""

LANGUAGE = Language(
    id="java",
    name="Java 17",
    extensions=(".java",),
    monaco_id="java",
    source_name="Main.java",
    compile_argv=(f"{JAVA_HOME}/bin/javac", *JAVAC_FLAGS, "-encoding", "UTF-8", "-d", ".", "{src}"),
    precompiled=Precompiled(
        source_name="Warm.java",
        source_text=WARM_UP_SOURCE,
        build_argv=(
            f"{JAVA_HOME}/bin/javac",
            "-J-XX:ArchiveClassesAtExit={out}",
            *JAVAC_FLAGS,
            "-d",
            ".",
            "{src}",
        ),
        output="javac.jsa",
        # Quiet: an archive the JVM cannot use is skipped, and must not talk in the diagnostics.
        compile_args=(
            f"-J-XX:SharedArchiveFile={PRECOMPILED_DIR}/javac.jsa",
            "-J-Xlog:cds=off",
            "-J-Xlog:cds+dynamic=off",
        ),
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
    entry_point=EntryPoint.CLASS,
    naming=NamingRules(
        file_name=_java_file_name, entry_guess=_entry_guess, entry_classes=_entry_classes
    ),
    compiles_units_together=True,
    box_paths=("/etc/java-17-openjdk",),  # the JDK's conf/ links there
    reference_rank=4,
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
    interactive_starter_code="""import java.io.*;

public class Main {
    static final BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    static final PrintWriter out = new PrintWriter(new BufferedOutputStream(System.out));

    /** Interactive: print one line, flush, and read the judge's one-line answer. */
    static String ask(String line) throws IOException {
        out.println(line);
        out.flush();
        return in.readLine();
    }

    public static void main(String[] args) throws IOException {
        String first = in.readLine();
    }
}
""",
)
