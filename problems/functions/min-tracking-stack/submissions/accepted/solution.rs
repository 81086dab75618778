struct TrackingStack {
    items: Vec<(i64, i64)>, // (value, minimum up to and including it)
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TrackingStack {

    fn new() -> Self {
        Self { items: Vec::new() }
    }
    
    fn push(&mut self, val: i64) {
        let low = match self.items.last() {
            Some(&(_, m)) => m.min(val),
            None => val,
        };
        self.items.push((val, low));
    }
    
    fn pop(&mut self) {
        self.items.pop();
    }
    
    fn top(&self) -> i64 {
        self.items.last().unwrap().0
    }
    
    fn get_min(&self) -> i64 {
        self.items.last().unwrap().1
    }
}

/**
 * Your TrackingStack object will be instantiated and called as such:
 * let obj = TrackingStack::new();
 * obj.push(val);
 * obj.pop();
 * let ret_3: i64 = obj.top();
 * let ret_4: i64 = obj.get_min();
 */
