class Solution {
    public int maxXor(int[] nums) {
        IntSet prefixes = new IntSet(nums.length);
        int best = 0, mask = 0;
        for (int bit = 30; bit >= 0; bit--) {
            mask |= 1 << bit;
            prefixes.clear();
            for (int x : nums) prefixes.add(x & mask);
            int candidate = best | (1 << bit);
            for (int x : nums) {
                if (prefixes.contains((x & mask) ^ candidate)) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
}

/** Open addressing over primitive ints: no boxing, one allocation, cleared by generation. */
class IntSet {
    private final int[] keys;
    private final int[] stamps;
    private final int mask;
    private final int shift;
    private int generation = 1;

    IntSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
        keys = new int[capacity];
        stamps = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    void clear() {
        generation++;
    }

    void add(int key) {
        int i = slot(key);
        while (stamps[i] == generation) {
            if (keys[i] == key) return;
            i = (i + 1) & mask;
        }
        stamps[i] = generation;
        keys[i] = key;
    }

    boolean contains(int key) {
        int i = slot(key);
        while (stamps[i] == generation) {
            if (keys[i] == key) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    private int slot(int key) {
        // The high bits of the product: prefixes share their low (zero) bits.
        return (key * 0x9E3779B9) >>> shift;
    }
}
