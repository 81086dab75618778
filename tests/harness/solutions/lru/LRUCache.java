class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> items = new LinkedHashMap<>(16, 0.75f, true);

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return items.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        items.put(key, value);
        if (items.size() > capacity) {
            items.remove(items.keySet().iterator().next());
        }
    }
}
