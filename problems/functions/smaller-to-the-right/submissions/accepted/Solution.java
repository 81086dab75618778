class Solution {
    public int[] countSmallerRight(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int[] tree = new int[nums.length + 1];
        int[] out = new int[nums.length];
        for (int i = nums.length - 1; i >= 0; i--) {
            int r = lowerBound(sorted, nums[i]) + 1;  // rank among all values, ties share it
            int seen = 0;
            for (int k = r - 1; k > 0; k -= k & -k) seen += tree[k];
            out[i] = seen;
            for (int k = r; k < tree.length; k += k & -k) tree[k]++;
        }
        return out;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
