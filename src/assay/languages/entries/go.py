from assay.languages.model import CompileLimits, EntryPoint, Language, NamingRules


def _never(name: str) -> bool:
    """`go build` skips `_test.go`, `_*` and other systems' files (`x_windows.go`), and a Go
    program's `os.Args[0]` is its binary anyway: the submitted name buys nothing."""
    return False


LANGUAGE = Language(
    id="go",
    name="Go",
    extensions=(".go",),
    monaco_id="go",
    source_name="main.go",
    compile_argv=("/usr/bin/go", "build", "-o", "main", "{src}"),
    compile_env=(
        ("GOCACHE", "/tmp/gocache"),
        ("GOPATH", "/tmp/gopath"),
        ("GO111MODULE", "off"),
        ("CGO_ENABLED", "0"),
        ("GOFLAGS", "-buildvcs=false"),
    ),
    compile_limits=CompileLimits(
        cpu_time_s=60, wall_time_s=90, memory_kib=1536 * 1024, processes=256
    ),
    run_argv=("{prog}/main",),
    run_env=(("GOMAXPROCS", "1"),),
    toolchain=("/usr/bin/go",),
    entry_point=EntryPoint.BINARY,
    compiles_units_together=True,
    reference_rank=3,
    naming=NamingRules(keeps=_never),
    version_argv=("/usr/bin/go", "version"),
    min_processes=32,
    selftest_source="""package main

import "fmt"

func main() {
	var word string
	fmt.Scan(&word)
	fmt.Println(word)
}
""",
    starter_code="""package main

import (
	"bufio"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	_ = reader
}
""",
    aliases=("golang",),
    interactive_starter_code="""package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

var reader = bufio.NewReader(os.Stdin)

// Interactive: print one line (os.Stdout is unbuffered) and read the judge's one-line answer.
func ask(line string) string {
	fmt.Println(line)
	answer, _ := reader.ReadString('\\n')
	return strings.TrimSpace(answer)
}

func main() {
	first, _ := reader.ReadString('\\n')
	_ = first
}
""",
)
