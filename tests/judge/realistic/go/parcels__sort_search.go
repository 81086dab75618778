package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, d int
	fmt.Fscan(in, &n, &d)
	w := make([]int64, n)
	var lo, hi int64
	for i := range w {
		fmt.Fscan(in, &w[i])
		if w[i] > lo {
			lo = w[i]
		}
		hi += w[i]
	}
	fits := func(capacity int64) bool {
		days, load := 1, int64(0)
		for _, x := range w {
			if load+x > capacity {
				days++
				load = 0
			}
			load += x
		}
		return days <= d
	}
	// sort.Search over the offsets lo..hi: the first capacity that fits.
	offset := sort.Search(int(hi-lo), func(k int) bool { return fits(lo + int64(k)) })
	fmt.Println(lo + int64(offset))
}
