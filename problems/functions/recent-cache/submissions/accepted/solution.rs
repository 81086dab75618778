use std::collections::HashMap;

const NIL: usize = usize::MAX;

struct Entry {
    key: i32,
    value: i32,
    prev: usize,
    next: usize,
}

/// A doubly linked list kept in a Vec (indices instead of pointers), most recent first.
struct RecentCache {
    capacity: usize,
    index: HashMap<i32, usize>,
    entries: Vec<Entry>,
    head: usize,
    tail: usize,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl RecentCache {

    fn new(capacity: i32) -> Self {
        Self {
            capacity: capacity as usize,
            index: HashMap::new(),
            entries: Vec::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn detach(&mut self, at: usize) {
        let (prev, next) = (self.entries[at].prev, self.entries[at].next);
        if prev != NIL { self.entries[prev].next = next; } else { self.head = next; }
        if next != NIL { self.entries[next].prev = prev; } else { self.tail = prev; }
    }

    fn push_front(&mut self, at: usize) {
        self.entries[at].prev = NIL;
        self.entries[at].next = self.head;
        if self.head != NIL { self.entries[self.head].prev = at; } else { self.tail = at; }
        self.head = at;
    }
    
    fn get(&mut self, key: i32) -> i32 {
        match self.index.get(&key) {
            Some(&at) => {
                self.detach(at);
                self.push_front(at);
                self.entries[at].value
            }
            None => -1,
        }
    }
    
    fn put(&mut self, key: i32, value: i32) {
        if let Some(&at) = self.index.get(&key) {
            self.entries[at].value = value;
            self.detach(at);
            self.push_front(at);
            return;
        }
        let at = if self.index.len() == self.capacity {
            // reuse the least recently used slot
            let at = self.tail;
            self.detach(at);
            self.index.remove(&self.entries[at].key);
            self.entries[at].key = key;
            self.entries[at].value = value;
            at
        } else {
            self.entries.push(Entry { key, value, prev: NIL, next: NIL });
            self.entries.len() - 1
        };
        self.index.insert(key, at);
        self.push_front(at);
    }
}

/**
 * Your RecentCache object will be instantiated and called as such:
 * let obj = RecentCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
