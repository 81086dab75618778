package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type streak struct {
	length, start int
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	nextInt := func() int {
		sc.Scan()
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			panic(err)
		}
		return v
	}
	n := nextInt()
	var best, cur streak
	prev := -1
	for i := 1; i <= n; i++ {
		p := nextInt() & 1
		if p == prev {
			cur.length++
		} else {
			cur = streak{1, i}
			prev = p
		}
		if cur.length > best.length {
			best = cur
		}
	}
	fmt.Printf("%d %d\n", best.length, best.start)
}
