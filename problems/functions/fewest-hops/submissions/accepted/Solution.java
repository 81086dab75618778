class Solution {
    public int fewestHops(int[] hops) {
        int jumps = 0, end = 0, far = 0;
        for (int i = 0; i + 1 < hops.length; i++) {
            far = Math.max(far, i + hops[i]);
            if (i == end) {
                jumps++;
                end = far;
            }
        }
        return jumps;
    }
}
