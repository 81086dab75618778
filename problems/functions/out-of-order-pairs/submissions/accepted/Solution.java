class Solution {
    public long countInversions(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        Fenwick counts = new Fenwick(nums.length);
        long total = 0;
        for (int i = nums.length - 1; i >= 0; i--) {
            int rank = lowerBound(sorted, nums[i]);  // how many values are smaller
            total += counts.prefix(rank);
            counts.add(rank + 1);
        }
        return total;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static final class Fenwick {
        private final int[] tree;

        Fenwick(int n) {
            tree = new int[n + 1];
        }

        void add(int position) {
            for (int i = position; i < tree.length; i += i & -i) tree[i]++;
        }

        long prefix(int position) {
            long sum = 0;
            for (int i = position; i > 0; i -= i & -i) sum += tree[i];
            return sum;
        }
    }
}
