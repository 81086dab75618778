package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type ordered interface {
	~int | ~int32 | ~int64
}

func lowerBound[T ordered](a []T, x T) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	sc := bufio.NewScanner(bufio.NewReader(os.Stdin))
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	tails := make([]int32, 0, n)
	for i := 0; i < n; i++ {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		x := int32(v)
		at := lowerBound(tails, x)
		if at == len(tails) {
			tails = append(tails, x)
		} else {
			tails[at] = x
		}
	}
	fmt.Println(len(tails))
}
