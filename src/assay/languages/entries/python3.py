from assay.languages.model import CompileLimits, EntryPoint, Language

LANGUAGE = Language(
    id="python3",
    name="Python 3",
    extensions=(".py", ".py3"),
    monaco_id="python",
    source_name="main.py",
    # Byte-compiling first turns a syntax error into a compile error, as Kattis does.
    compile_argv=("/usr/bin/python3", "-m", "py_compile", "{src}"),
    compile_limits=CompileLimits(cpu_time_s=10, wall_time_s=20, memory_kib=256 * 1024),
    run_argv=("/usr/bin/python3", "{prog}/{src}"),
    run_env=(("PYTHONDONTWRITEBYTECODE", "1"), ("PYTHONHASHSEED", "0")),
    toolchain=("/usr/bin/python3",),
    entry_point=EntryPoint.FILE,
    compiles_units_together=True,
    default_entry_file="__main__.py",
    reference_rank=5,
    version_argv=("/usr/bin/python3", "--version"),
    memory_error_markers=(b"\nMemoryError",),
    selftest_source="print(input().split()[0])\n",
    starter_code="""import sys


def main() -> None:
    data = sys.stdin.read().split()


main()
""",
    interactive_starter_code="""import sys


def ask(line: str) -> str:
    \"\"\"Interactive: print one line, flush, and read the judge's one-line answer.\"\"\"
    print(line, flush=True)
    return sys.stdin.readline().strip()


def main() -> None:
    first = sys.stdin.readline().split()  # read a line at a time, never all of stdin


main()
""",
    aliases=("python", "py", "py3"),
)
