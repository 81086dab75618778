from assay.languages.model import EntryPoint, Language

LANGUAGE = Language(
    id="c",
    name="C (gcc, C17)",
    extensions=(".c",),
    monaco_id="c",
    source_name="main.c",
    compile_argv=(
        "/usr/bin/gcc",
        "-O2",
        "-std=gnu17",
        "-static",
        "-pipe",
        "-o",
        "main",
        "{src}",
        "-lm",
    ),
    run_argv=("{prog}/main",),
    toolchain=("/usr/bin/gcc",),
    entry_point=EntryPoint.BINARY,
    compiles_units_together=True,
    reference_rank=1,
    version_argv=("/usr/bin/gcc", "--version"),
    selftest_source="""#include <stdio.h>
int main(void) { char word[64]; if (scanf("%63s", word) == 1) printf("%s\\n", word); return 0; }
""",
    starter_code="""#include <stdio.h>

int main(void) {
    return 0;
}
""",
    interactive_starter_code="""#include <stdio.h>
#include <string.h>

/* Interactive: read a line at a time and flush after every line you write. */
static void ask(const char* line, char* answer, int size) {
    printf("%s\\n", line);
    fflush(stdout);
    if (!fgets(answer, size, stdin)) answer[0] = '\\0';
    answer[strcspn(answer, "\\n")] = '\\0';
}

int main(void) {
    char first[256];
    if (!fgets(first, sizeof first, stdin)) return 0;
    return 0;
}
""",
)
