class PriceBoard {
    private final Map<Integer, Integer> price = new HashMap<>();
    private final TreeMap<Integer, Integer> counts = new TreeMap<>();  // price -> how many timestamps
    private int latest = 0;

    public PriceBoard() {}

    public void update(int timestamp, int p) {
        Integer old = price.put(timestamp, p);
        if (old != null) {
            if (counts.merge(old, -1, Integer::sum) == 0) counts.remove(old);
        }
        counts.merge(p, 1, Integer::sum);
        latest = Math.max(latest, timestamp);
    }

    public int current() {
        return price.get(latest);
    }

    public int maximum() {
        return counts.lastKey();
    }

    public int minimum() {
        return counts.firstKey();
    }
}
