from assay.languages.model import CompileLimits, EntryPoint, Language

LANGUAGE = Language(
    id="pypy3",
    name="Python 3 (PyPy)",
    # `.py` stays CPython's (python3 comes first in the registry): PyPy only when asked for.
    extensions=(".py", ".py3"),
    monaco_id="python",
    source_name="main.py",
    # Byte-compiling first turns a syntax error into a compile error, as Kattis does.
    compile_argv=("/usr/bin/pypy3", "-m", "py_compile", "{src}"),
    compile_limits=CompileLimits(cpu_time_s=10, wall_time_s=20, memory_kib=512 * 1024),
    run_argv=("/usr/bin/pypy3", "{prog}/{src}"),
    run_env=(("PYTHONDONTWRITEBYTECODE", "1"), ("PYTHONHASHSEED", "0")),
    toolchain=("/usr/bin/pypy3",),
    entry_point=EntryPoint.FILE,
    compiles_units_together=True,
    default_entry_file="__main__.py",
    version_argv=("/usr/bin/pypy3", "--version"),
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
    aliases=("pypy", "pypy3.9"),
)
