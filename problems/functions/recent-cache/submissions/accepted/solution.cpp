class RecentCache {
    int cap;
    list<pair<int, int>> order;  // most recent at the front
    unordered_map<int, list<pair<int, int>>::iterator> where;

public:
    RecentCache(int capacity) : cap(capacity) {
        where.reserve(capacity * 2);
    }
    
    int get(int key) {
        auto it = where.find(key);
        if (it == where.end()) return -1;
        order.splice(order.begin(), order, it->second);
        return it->second->second;
    }
    
    void put(int key, int value) {
        auto it = where.find(key);
        if (it != where.end()) {
            it->second->second = value;
            order.splice(order.begin(), order, it->second);
            return;
        }
        if ((int)order.size() == cap) {
            where.erase(order.back().first);
            order.pop_back();
        }
        order.emplace_front(key, value);
        where[key] = order.begin();
    }
};

/**
 * Your RecentCache object will be instantiated and called as such:
 * RecentCache* obj = new RecentCache(capacity);
 * int param_1 = obj->get(key);
 * obj->put(key,value);
 */
