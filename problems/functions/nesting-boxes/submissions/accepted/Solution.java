class Solution {
    public int maxNesting(int[][] boxes) {
        long[] keys = new long[boxes.length];  // width ascending, then height descending
        for (int i = 0; i < boxes.length; i++) {
            keys[i] = (long) boxes[i][0] * 2_000_000_001L + (1_000_000_000L - boxes[i][1]);
        }
        Arrays.sort(keys);
        int[] tails = new int[boxes.length];
        int size = 0;
        for (long key : keys) {
            int h = (int) (1_000_000_000L - key % 2_000_000_001L);
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < h) lo = mid + 1; else hi = mid;
            }
            tails[lo] = h;
            if (lo == size) size++;
        }
        return size;
    }
}
