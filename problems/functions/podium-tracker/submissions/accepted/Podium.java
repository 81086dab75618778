class Podium {
    private final int k;
    private final PriorityQueue<Integer> top = new PriorityQueue<>();  // the k largest

    public Podium(int k, int[] scores) {
        this.k = k;
        for (int s : scores) push(s);
    }

    public int add(int score) {
        push(score);
        return top.peek();
    }

    private void push(int score) {
        top.offer(score);
        if (top.size() > k) top.poll();
    }
}
