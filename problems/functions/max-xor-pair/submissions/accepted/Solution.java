class Solution {
    public int maxXor(int[] nums) {
        int best = 0, mask = 0;
        for (int bit = 30; bit >= 0; bit--) {
            mask |= 1 << bit;
            Set<Integer> prefixes = new HashSet<>();
            for (int x : nums) prefixes.add(x & mask);
            int candidate = best | (1 << bit);
            for (int p : prefixes) {
                if (prefixes.contains(p ^ candidate)) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
}
