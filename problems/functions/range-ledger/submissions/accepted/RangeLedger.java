class RangeLedger {
    private final long[] slope, offset;

    public RangeLedger(int n) {
        slope = new long[n + 2];
        offset = new long[n + 2];
    }

    private static void bump(long[] tree, int i, long d) {
        for (i++; i < tree.length; i += i & -i) tree[i] += d;
    }

    private static long prefix(long[] tree, int i) {
        long s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

    private long sumBefore(int x) {
        return (long) x * prefix(slope, x) - prefix(offset, x);
    }

    public void add(int left, int right, int amount) {
        bump(slope, left, amount);
        bump(slope, right + 1, -amount);
        bump(offset, left, (long) amount * left);
        bump(offset, right + 1, -(long) amount * (right + 1));
    }

    public long total(int left, int right) {
        return sumBefore(right + 1) - sumBefore(left);
    }
}
