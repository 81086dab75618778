package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

type DSU struct {
	parent []int
	size   []int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) {
	a, b = d.Find(a), d.Find(b)
	if a == b {
		return
	}
	if d.size[a] < d.size[b] {
		a, b = b, a
	}
	d.parent[b] = a
	d.size[a] += d.size[b]
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	sc.Scan()
	head := strings.Fields(sc.Text())
	n, _ := strconv.Atoi(head[0])
	q, _ := strconv.Atoi(head[1])
	dsu := NewDSU(n + 1)
	for i := 0; i < q && sc.Scan(); i++ {
		f := strings.Fields(sc.Text())
		u, _ := strconv.Atoi(f[1])
		switch f[0] {
		case "S":
			out.WriteString(strconv.Itoa(dsu.size[dsu.Find(u)]) + "\n")
		case "Q":
			v, _ := strconv.Atoi(f[2])
			if dsu.Find(u) == dsu.Find(v) {
				out.WriteString("YES\n")
			} else {
				out.WriteString("NO\n")
			}
		case "B":
			v, _ := strconv.Atoi(f[2])
			dsu.Union(u, v)
		}
	}
}
