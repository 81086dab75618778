from assay.languages.model import CompileLimits, EntryPoint, Language

LANGUAGE = Language(
    id="javascript",
    name="JavaScript (Node.js)",
    extensions=(".js", ".mjs"),
    monaco_id="javascript",
    source_name="main.js",
    # Every file is syntax-checked, used or not (as DOMjudge does).
    compile_argv=(
        "/bin/sh",
        "-c",
        'for f; do /usr/bin/node --check "$f" || exit 1; done',
        "check",
        "{src}",
    ),
    compile_limits=CompileLimits(cpu_time_s=10, wall_time_s=20, memory_kib=512 * 1024),
    run_argv=("/usr/bin/node", "--max-old-space-size={mem_mib}", "{prog}/{src}"),
    toolchain=("/usr/bin/node",),
    entry_point=EntryPoint.FILE,
    compiles_units_together=True,
    default_entry_file="main.js",
    reference_rank=6,
    version_argv=("/usr/bin/node", "--version"),
    runtime_memory_kib=96 * 1024,
    min_processes=32,
    memory_error_markers=(b"JavaScript heap out of memory",),
    selftest_source="""const data = require("fs").readFileSync(0, "utf8").split(/\\s+/);
console.log(data[0]);
""",
    starter_code="""const data = require("fs").readFileSync(0, "utf8");
const lines = data.split("\\n");
""",
    aliases=("js", "node", "nodejs"),
    interactive_starter_code="""// Interactive: read a line at a time (console.log writes at once).
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
const lines = rl[Symbol.asyncIterator]();

async function ask(line) {
    console.log(line);
    return (await lines.next()).value;
}

async function main() {
    const first = (await lines.next()).value;
    rl.close();
}

main();
""",
)
