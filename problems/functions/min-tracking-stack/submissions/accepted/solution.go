type entry struct {
    val, min int64
}

type TrackingStack struct {
    items []entry
}


func Constructor() TrackingStack {
    return TrackingStack{}
}


func (this *TrackingStack) Push(val int64)  {
    low := val
    if n := len(this.items); n > 0 && this.items[n-1].min < low {
        low = this.items[n-1].min
    }
    this.items = append(this.items, entry{val, low})
}


func (this *TrackingStack) Pop()  {
    this.items = this.items[:len(this.items)-1]
}


func (this *TrackingStack) Top() int64 {
    return this.items[len(this.items)-1].val
}


func (this *TrackingStack) GetMin() int64 {
    return this.items[len(this.items)-1].min
}


/**
 * Your TrackingStack object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Push(val);
 * obj.Pop();
 * param_3 := obj.Top();
 * param_4 := obj.GetMin();
 */
