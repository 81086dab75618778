import re

from assay.languages.model import CompileLimits, EntryPoint, Language, NamingRules


def _crate_name(name: str) -> bool:
    """rustc makes the crate name of the file's stem: only a valid one is kept."""
    return re.fullmatch(r"[\w-]+", name.removesuffix(".rs")) is not None


LANGUAGE = Language(
    id="rust",
    name="Rust",
    extensions=(".rs",),
    monaco_id="rust",
    source_name="main.rs",
    compile_argv=("/usr/bin/rustc", "--edition=2021", "-O", "-o", "main", "{src}"),
    compile_limits=CompileLimits(cpu_time_s=30, wall_time_s=60, memory_kib=1536 * 1024),
    run_argv=("{prog}/main",),
    toolchain=("/usr/bin/rustc",),
    entry_point=EntryPoint.BINARY,
    reference_rank=2,
    naming=NamingRules(keeps=_crate_name),
    version_argv=("/usr/bin/rustc", "--version"),
    selftest_source="""use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    println!("{}", s.split_whitespace().next().unwrap_or(""));
}
""",
    starter_code="""use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let out = io::stdout();
    let mut out = out.lock();
    out.flush().unwrap();
}
""",
    aliases=("rs",),
    interactive_starter_code="""use std::io::{self, BufRead, Write};

/// Interactive: print one line, flush, and read the judge's one-line answer.
fn ask(line: &str) -> String {
    println!("{}", line);
    io::stdout().flush().unwrap();
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer).unwrap();
    answer.trim().to_string()
}

fn main() {
    let mut first = String::new();
    io::stdin().lock().read_line(&mut first).unwrap();
}
""",
)
