// Assay's Go runtime for function problems (the protocol: docs/function-problems.md).
// It shares package main with the user's solution.go: every name here starts with "assay" and
// every import is renamed, so the user's own declarations (max, min, os, ...) cannot clash.
package main

import (
	assayJSON "encoding/json"
	assayFmt "fmt"
	assayIO "io"
	assayMath "math"
	assayOS "os"
	assayPath "path/filepath"
	assayRuntime "runtime"
	assayDebug "runtime/debug"
	assayStrconv "strconv"
	assayStrings "strings"
	assaySyscall "syscall"
	assayUTF8 "unicode/utf8"
)

const (
	assayMaxNodes   = 1000000
	assayUserFile   = "solution.go"
	assayMaxFrames  = 64
	assayMaxMessage = 2000
)

// assayFault is a result the driver cannot serialize: kind "type", "cycle" or "size".
type assayFault struct {
	kind string
	msg  string
}

type assayFailure struct {
	kind  string
	typ   string
	msg   string
	at    []assayRuntime.Frame
	call  int // the design operation's index; -1 in a function problem
	fault bool
}

type assayBuf struct{ bytes []byte }

func (b *assayBuf) raw(text string) { b.bytes = append(b.bytes, text...) }

func assayFail(kind string, format string, args ...any) {
	panic(assayFault{kind, assayFmt.Sprintf(format, args...)})
}

// --- decoding: the JSON value of one argument, by the declared type ---

func assayNumber(v any) string {
	n, ok := v.(assayJSON.Number)
	if !ok {
		assayFail("type", "input: expected a number, got %v", v)
	}
	return n.String()
}

func assayDecInt(v any) int {
	n, err := assayStrconv.ParseInt(assayNumber(v), 10, 32)
	if err != nil {
		assayFail("type", "input: %v is not an integer", v)
	}
	return int(n)
}

func assayDecLong(v any) int64 {
	n, err := assayStrconv.ParseInt(assayNumber(v), 10, 64)
	if err != nil {
		assayFail("type", "input: %v is not a long", v)
	}
	return n
}

func assayDecDouble(v any) float64 {
	f, err := assayStrconv.ParseFloat(assayNumber(v), 64)
	if err != nil {
		assayFail("type", "input: %v is not a double", v)
	}
	return f
}

func assayDecBool(v any) bool {
	b, ok := v.(bool)
	if !ok {
		assayFail("type", "input: %v is not a boolean", v)
	}
	return b
}

func assayDecString(v any) string {
	s, ok := v.(string)
	if !ok {
		assayFail("type", "input: %v is not a string", v)
	}
	return s
}

func assayDecChar(v any) byte {
	s := assayDecString(v)
	if len(s) != 1 {
		assayFail("type", "input: %q is not one character", s)
	}
	return s[0]
}

func assayItems(v any) []any {
	items, ok := v.([]any)
	if !ok {
		assayFail("type", "input: %v is not a list", v)
	}
	return items
}

func assayDecSlice[T any](each func(any) T) func(any) []T {
	return func(v any) []T {
		items := assayItems(v)
		out := make([]T, len(items))
		for i, item := range items {
			out[i] = each(item)
		}
		return out
	}
}

// --- encoding: canonical JSON of a result, by the declared type ---

func assayEncInt(b *assayBuf, v int) {
	if v < assayMath.MinInt32 || v > assayMath.MaxInt32 {
		assayFail("type", "%d does not fit in integer", v)
	}
	b.raw(assayStrconv.Itoa(v))
}

func assayEncLong(b *assayBuf, v int64) { b.raw(assayStrconv.FormatInt(v, 10)) }

func assayEncDouble(b *assayBuf, v float64) {
	if assayMath.IsNaN(v) || assayMath.IsInf(v, 0) {
		assayFail("type", "returned %v, which is not a finite double", v)
	}
	text := assayStrconv.FormatFloat(v, 'g', -1, 64)
	if !assayStrings.ContainsAny(text, ".e") {
		text += ".0"
	}
	b.raw(text)
}

func assayEncBool(b *assayBuf, v bool) { b.raw(assayStrconv.FormatBool(v)) }

func assayEncChar(b *assayBuf, v byte) {
	if v >= 0x80 {
		assayFail("type", "returned byte 0x%x, which is not an ASCII character", v)
	}
	assayEncString(b, string(rune(v)))
}

func assayEncString(b *assayBuf, s string) {
	b.raw(`"`)
	for _, r := range s { // invalid UTF-8 arrives as U+FFFD
		switch {
		case r == '"' || r == '\\':
			b.raw(`\` + string(r))
		case r == '\n':
			b.raw(`\n`)
		case r == '\t':
			b.raw(`\t`)
		case r < 0x20:
			b.raw(assayFmt.Sprintf(`\u%04x`, r))
		default:
			b.bytes = assayUTF8.AppendRune(b.bytes, r)
		}
	}
	b.raw(`"`)
}

func assayEncSlice[T any](each func(*assayBuf, T)) func(*assayBuf, []T) {
	return func(b *assayBuf, items []T) { // a nil slice is [], as on LeetCode
		b.raw("[")
		for i, item := range items {
			if i > 0 {
				b.raw(",")
			}
			each(b, item)
		}
		b.raw("]")
	}
}

func assayEncode[T any](encode func(*assayBuf, T), v T) []byte {
	var b assayBuf
	encode(&b, v)
	return b.bytes
}

// --- running the user's code ---

// assayGuard runs f; a panic becomes a failure. A `done` flag, not recover's value, says whether
// f finished, because Go 1.19 lets `panic(nil)` recover as nil.
func assayGuard(f func()) (failure *assayFailure) {
	done := false
	defer func() {
		r := recover()
		if !done {
			failure = assayFailureOf(r)
		}
	}()
	f()
	done = true
	return nil
}

// assayFailureOf runs inside the deferred call, while the panicking frames are still on the stack.
func assayFailureOf(r any) *assayFailure {
	if fault, ok := r.(assayFault); ok {
		return &assayFailure{kind: fault.kind, msg: fault.msg, call: -1, fault: true}
	}
	failure := &assayFailure{kind: "exception", call: -1, at: assayUserFrames()}
	switch value := r.(type) {
	case assayRuntime.Error:
		failure.typ = "runtime error"
		failure.msg = assayStrings.TrimPrefix(value.Error(), "runtime error: ")
	case error:
		failure.typ = assayFmt.Sprintf("%T", value)
		failure.msg = value.Error()
	case nil:
		failure.typ = "nil"
		failure.msg = "panic(nil)"
	default:
		failure.typ = assayFmt.Sprintf("%T", value)
		failure.msg = assayFmt.Sprint(value)
	}
	if len(failure.msg) > assayMaxMessage {
		failure.msg = failure.msg[:assayMaxMessage]
	}
	return failure
}

// assayUserFrames: the frames in solution.go, innermost last (at most assayMaxFrames, innermost).
func assayUserFrames() []assayRuntime.Frame {
	pcs := make([]uintptr, 4096)
	frames := assayRuntime.CallersFrames(pcs[:assayRuntime.Callers(1, pcs)])
	var user []assayRuntime.Frame
	for len(user) < assayMaxFrames {
		frame, more := frames.Next()
		if assayPath.Base(frame.File) == assayUserFile {
			user = append(user, frame)
		}
		if !more {
			break
		}
	}
	for i, j := 0, len(user)-1; i < j; i, j = i+1, j-1 {
		user[i], user[j] = user[j], user[i]
	}
	return user
}

// assayDesign collects one design test's results; `call` is the operation running.
type assayDesign struct {
	ops     []string
	args    [][]any
	call    int
	results [][]byte
}

func assayDesignOf(test []any) *assayDesign {
	d := &assayDesign{ops: assayDecSlice(assayDecString)(test[0])}
	d.args = assayDecSlice(assayItems)(test[1])
	if len(d.ops) != len(d.args) {
		assayFail("type", "input: %d operations but %d argument lists", len(d.ops), len(d.args))
	}
	return d
}

func (d *assayDesign) arg(index int) any { return d.args[d.call][index] }

func (d *assayDesign) push(value []byte) { d.results = append(d.results, value) }

func (d *assayDesign) unknown() {
	assayFail("type", "input: %q is not a method", d.ops[d.call])
}

func (d *assayDesign) value() []byte {
	var b assayBuf
	b.raw("[")
	for i, result := range d.results {
		if i > 0 {
			b.raw(",")
		}
		b.bytes = append(b.bytes, result...)
	}
	b.raw("]")
	return b.bytes
}

// assayRunDesign replays one design test; `replay` makes the object and calls its methods.
func assayRunDesign(test []any, replay func(d *assayDesign)) ([]byte, *assayFailure) {
	var d *assayDesign
	if failure := assayGuard(func() { d = assayDesignOf(test) }); failure != nil {
		return nil, failure
	}
	if failure := assayGuard(func() { replay(d) }); failure != nil {
		failure.call = d.call
		return nil, failure
	}
	return d.value(), nil
}

// assayRunFunction makes one function call and serializes its result.
func assayRunFunction(call func() []byte) ([]byte, *assayFailure) {
	var value []byte
	failure := assayGuard(func() { value = call() })
	return value, failure
}

// assayOutputLength checks the returned length k of an `output.length: return` problem.
func assayOutputLength(k int, size int) int {
	if k < 0 || k > size {
		assayFail("size", "returned length %d is outside 0..%d", k, size)
	}
	return k
}

// --- the channel ---

func assayRecord(out *assayOS.File, record []byte) {
	// The size of stdout so far: the judge places each test's output by it.
	if info, err := assayOS.Stdout.Stat(); err == nil && len(record) > 0 && record[len(record)-1] == '}' {
		record = append(record[:len(record)-1], []byte(`,"o":`+assayStrconv.FormatInt(info.Size(), 10)+"}")...)
	}
	record = append(record, '\n')
	if _, err := out.Write(record); err != nil {
		assayFmt.Fprintln(assayOS.Stderr, "assay driver: cannot write results:", err)
		assayOS.Exit(1)
	}
}

func assayResultRecord(test int, value []byte, failure *assayFailure) []byte {
	var b assayBuf
	b.raw(`{"t":` + assayStrconv.Itoa(test))
	if failure == nil {
		b.raw(`,"v":`)
		b.bytes = append(b.bytes, value...)
		b.raw("}")
		return b.bytes
	}
	b.raw(`,"e":{"kind":`)
	assayEncString(&b, failure.kind)
	b.raw(`,"type":`)
	assayEncString(&b, failure.typ)
	b.raw(`,"msg":`)
	assayEncString(&b, failure.msg)
	b.raw(`,"at":[`)
	for i, frame := range failure.at {
		if i > 0 {
			b.raw(",")
		}
		b.raw(`["` + assayUserFile + `",` + assayStrconv.Itoa(frame.Line) + ",")
		assayEncString(&b, assayStrings.TrimPrefix(frame.Function, "main."))
		b.raw("]")
	}
	b.raw("]}")
	if failure.call >= 0 {
		b.raw(`,"call":` + assayStrconv.Itoa(failure.call))
	}
	b.raw("}")
	return b.bytes
}

func assayDie(format string, args ...any) {
	assayFmt.Fprintf(assayOS.Stderr, "assay driver: "+format+"\n", args...)
	assayOS.Exit(1)
}

// assayReadTests reads all of stdin: `linesPerTest` JSON lines per test.
func assayReadTests(linesPerTest int) [][]any {
	data, err := assayIO.ReadAll(assayOS.Stdin)
	if err != nil {
		assayDie("cannot read stdin: %v", err)
	}
	lines := assayStrings.Split(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if linesPerTest == 0 {
		return make([][]any, len(lines))
	}
	var tests [][]any
	for start := 0; start < len(lines); start += linesPerTest {
		end := start + linesPerTest
		if end > len(lines) {
			end = len(lines)
		}
		tests = append(tests, assayParseLines(lines[start:end]))
	}
	return tests
}

func assayParseLines(lines []string) []any {
	values := make([]any, len(lines))
	for i, line := range lines {
		decoder := assayJSON.NewDecoder(assayStrings.NewReader(line))
		decoder.UseNumber()
		if err := decoder.Decode(&values[i]); err != nil {
			assayDie("input line is not JSON: %v", err)
		}
	}
	return values
}

// assayDetachStdin points fd 0 at /dev/null, so a stray read cannot eat the next test.
func assayDetachStdin() {
	null, err := assaySyscall.Open("/dev/null", assaySyscall.O_RDONLY, 0)
	if err == nil {
		err = assaySyscall.Dup3(null, 0, 0)
	}
	if err != nil {
		assayDie("cannot detach stdin: %v", err)
	}
}

func assayMain(linesPerTest int, run func(test []any) ([]byte, *assayFailure)) {
	// 10^5-deep recursion needs more than the 250 MB a 32-bit build allows; 1 GB is the 64-bit default.
	assayDebug.SetMaxStack(1 << 30)
	tests := assayReadTests(linesPerTest)
	assayDetachStdin()
	// Outside Assay (an exported package on another judge) there is no result channel: the
	// records go to stdout, which the package's output validator reads, and the user's prints go
	// to stderr. (Assay names the channel's fd; an fd 3 found open elsewhere is not it: there it
	// is the Go runtime's own epoll fd, which an os.File for it would close when collected.)
	exported := assayOS.Getenv("ASSAY_RESULT_FD") != "3"
	var out *assayOS.File
	if exported {
		channel, err := assaySyscall.Dup(1)
		if err != nil || assaySyscall.Dup3(2, 1, 0) != nil {
			assayDie("cannot set up the result channel")
		}
		out = assayOS.NewFile(uintptr(channel), "results")
	} else {
		out = assayOS.NewFile(3, "results")
	}
	for i, test := range tests {
		value, failure := run(test)
		// os.Stdout is unbuffered in Go: the user's prints are already written.
		assayRecord(out, assayResultRecord(i, value, failure))
		if exported && failure != nil {
			// Another judge sees the run-time error by the exit code.
			assayFmt.Fprintf(assayOS.Stderr, "%s: %s\n", failure.typ, failure.msg)
			assayOS.Exit(1)
		}
	}
	assayRecord(out, []byte(`{"end":`+assayStrconv.Itoa(len(tests))+"}"))
	assayOS.Exit(0)
}
