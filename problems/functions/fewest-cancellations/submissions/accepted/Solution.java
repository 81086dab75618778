class Solution {
    public int fewestCancellations(int[][] bookings) {
        int[][] byEnd = bookings.clone();
        Arrays.sort(byEnd, (a, b) -> Integer.compare(a[1], b[1]));
        int kept = 0;
        long freeAt = Long.MIN_VALUE;
        for (int[] b : byEnd) {
            if (b[0] >= freeAt) {
                kept++;
                freeAt = b[1];
            }
        }
        return bookings.length - kept;
    }
}
