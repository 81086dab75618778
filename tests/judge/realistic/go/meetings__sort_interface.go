package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

type request struct{ start, end int }

type byEnd []request

func (r byEnd) Len() int           { return len(r) }
func (r byEnd) Less(i, j int) bool { return r[i].end < r[j].end }
func (r byEnd) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	fmt.Fscan(in, &n)
	reqs := make([]request, n)
	for i := range reqs {
		fmt.Fscan(in, &reqs[i].start, &reqs[i].end)
	}
	sort.Sort(byEnd(reqs))
	taken, freeFrom := 0, -1
	for _, r := range reqs {
		if r.start >= freeFrom {
			taken++
			freeFrom = r.end
		}
	}
	fmt.Println(taken)
}
