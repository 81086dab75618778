package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"math"
	"os"
)

type item struct {
	dist int64
	node int
}

type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

type edge struct {
	to int
	w  int64
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, m int
	fmt.Fscan(in, &n, &m)
	adj := make([][]edge, n+1)
	for i := 0; i < m; i++ {
		var u, v int
		var w int64
		fmt.Fscan(in, &u, &v, &w)
		adj[u] = append(adj[u], edge{v, w})
		adj[v] = append(adj[v], edge{u, w})
	}
	dist := make([]int64, n+1)
	for i := range dist {
		dist[i] = math.MaxInt64
	}
	dist[1] = 0
	h := &minHeap{{0, 1}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist != dist[cur.node] {
			continue
		}
		for _, e := range adj[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				heap.Push(h, item{nd, e.to})
			}
		}
	}
	if dist[n] == math.MaxInt64 {
		fmt.Println(-1)
	} else {
		fmt.Println(dist[n])
	}
}
