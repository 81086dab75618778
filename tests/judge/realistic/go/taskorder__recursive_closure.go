package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var n, m int
	fmt.Fscan(in, &n, &m)
	adj := make([][]int, n+1)
	for i := 0; i < m; i++ {
		var a, b int
		fmt.Fscan(in, &a, &b)
		adj[a] = append(adj[a], b)
	}
	state := make([]byte, n+1)
	order := make([]int, 0, n)
	// Goroutine stacks grow on demand: a 5e4-deep recursion needs nothing special.
	var dfs func(u int) bool
	dfs = func(u int) bool {
		state[u] = 1
		for _, v := range adj[u] {
			if state[v] == 1 || (state[v] == 0 && !dfs(v)) {
				return false
			}
		}
		state[u] = 2
		order = append(order, u)
		return true
	}
	for u := 1; u <= n; u++ {
		if state[u] == 0 && !dfs(u) {
			fmt.Fprintln(out, "IMPOSSIBLE")
			return
		}
	}
	for i := len(order) - 1; i >= 0; i-- {
		out.WriteString(strconv.Itoa(order[i]))
		if i > 0 {
			out.WriteByte(' ')
		}
	}
	out.WriteByte('\n')
}
