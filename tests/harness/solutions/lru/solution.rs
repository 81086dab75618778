use std::collections::{HashMap, VecDeque};

struct LRUCache {
    capacity: usize,
    values: HashMap<i32, i32>,
    order: VecDeque<i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, values: HashMap::new(), order: VecDeque::new() }
    }

    fn touch(&mut self, key: i32) {
        self.order.retain(|&k| k != key);
        self.order.push_back(key);
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.values.get(&key).copied() {
            Some(value) => {
                self.touch(key);
                value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.values.insert(key, value);
        self.touch(key);
        if self.values.len() > self.capacity {
            if let Some(oldest) = self.order.pop_front() {
                self.values.remove(&oldest);
            }
        }
    }
}
