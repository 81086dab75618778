import "container/list"

type entry struct{ key, value int }

type LRUCache struct {
	capacity int
	order    *list.List
	where    map[int]*list.Element
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity, list.New(), map[int]*list.Element{}}
}

func (this *LRUCache) Get(key int) int {
	if e, ok := this.where[key]; ok {
		this.order.MoveToFront(e)
		return e.Value.(*entry).value
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if e, ok := this.where[key]; ok {
		e.Value.(*entry).value = value
		this.order.MoveToFront(e)
		return
	}
	this.where[key] = this.order.PushFront(&entry{key, value})
	if this.order.Len() > this.capacity {
		last := this.order.Back()
		this.order.Remove(last)
		delete(this.where, last.Value.(*entry).key)
	}
}
