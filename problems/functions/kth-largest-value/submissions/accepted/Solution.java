class Solution {
    public int kthLargest(int[] nums, int k) {
        PriorityQueue<Integer> top = new PriorityQueue<>();
        for (int x : nums) {
            top.offer(x);
            if (top.size() > k) top.poll();
        }
        return top.peek();
    }
}
