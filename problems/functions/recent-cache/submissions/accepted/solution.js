/**
 * @param {number} capacity
 */
var RecentCache = function(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // iteration order = least recently used first
};

/**
 * @param {number} key
 * @return {number}
 */
RecentCache.prototype.get = function(key) {
    if (!this.entries.has(key)) return -1;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
RecentCache.prototype.put = function(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
        this.entries.delete(this.entries.keys().next().value);
    }
};

/**
 * Your RecentCache object will be instantiated and called as such:
 * var obj = new RecentCache(capacity)
 * var param_1 = obj.get(key)
 * obj.put(key,value)
 */
