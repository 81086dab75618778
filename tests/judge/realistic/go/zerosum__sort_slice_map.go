package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

type fastReader struct {
	r *bufio.Reader
}

func (f *fastReader) int64() int64 {
	n, neg := int64(0), false
	c, _ := f.r.ReadByte()
	for c == ' ' || c == '\n' || c == '\r' {
		c, _ = f.r.ReadByte()
	}
	if c == '-' {
		neg = true
		c, _ = f.r.ReadByte()
	}
	for ; c >= '0' && c <= '9'; c, _ = f.r.ReadByte() {
		n = n*10 + int64(c-'0')
	}
	if neg {
		return -n
	}
	return n
}

func main() {
	in := &fastReader{bufio.NewReaderSize(os.Stdin, 1<<16)}
	n := int(in.int64())
	prefix := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		prefix[i] = prefix[i-1] + in.int64()
	}
	sort.Slice(prefix, func(i, j int) bool { return prefix[i] < prefix[j] })
	var answer, run int64
	for i := 1; i <= n; i++ {
		if prefix[i] == prefix[i-1] {
			run++
			answer += run
		} else {
			run = 0
		}
	}
	os.Stdout.WriteString(strconv.FormatInt(answer, 10) + "\n")
}
