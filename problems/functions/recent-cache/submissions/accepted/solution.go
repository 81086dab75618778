type node struct {
    key, value int
    prev, next *node
}

type RecentCache struct {
    capacity int
    nodes    map[int]*node
    head     *node // sentinel: head.next is the most recent entry
    tail     *node // sentinel: tail.prev is the least recent entry
}


func Constructor(capacity int) RecentCache {
    head, tail := &node{}, &node{}
    head.next, tail.prev = tail, head
    return RecentCache{capacity: capacity, nodes: make(map[int]*node), head: head, tail: tail}
}

func (this *RecentCache) unlink(n *node) {
    n.prev.next = n.next
    n.next.prev = n.prev
}

func (this *RecentCache) pushFront(n *node) {
    n.prev, n.next = this.head, this.head.next
    this.head.next.prev = n
    this.head.next = n
}


func (this *RecentCache) Get(key int) int {
    n, ok := this.nodes[key]
    if !ok {
        return -1
    }
    this.unlink(n)
    this.pushFront(n)
    return n.value
}


func (this *RecentCache) Put(key int, value int)  {
    if n, ok := this.nodes[key]; ok {
        n.value = value
        this.unlink(n)
        this.pushFront(n)
        return
    }
    if len(this.nodes) == this.capacity {
        old := this.tail.prev
        this.unlink(old)
        delete(this.nodes, old.key)
    }
    n := &node{key: key, value: value}
    this.nodes[key] = n
    this.pushFront(n)
}


/**
 * Your RecentCache object will be instantiated and called as such:
 * obj := Constructor(capacity);
 * param_1 := obj.Get(key);
 * obj.Put(key,value);
 */
