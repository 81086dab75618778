class TrackingStack {
    private static class Node {
        final long val;
        final long min;
        final Node below;

        Node(long val, long min, Node below) {
            this.val = val;
            this.min = min;
            this.below = below;
        }
    }

    private Node head;

    public TrackingStack() {
        head = null;
    }
    
    public void push(long val) {
        long min = head == null ? val : Math.min(val, head.min);
        head = new Node(val, min, head);
    }
    
    public void pop() {
        head = head.below;
    }
    
    public long top() {
        return head.val;
    }
    
    public long getMin() {
        return head.min;
    }
}

/**
 * Your TrackingStack object will be instantiated and called as such:
 * TrackingStack obj = new TrackingStack();
 * obj.push(val);
 * obj.pop();
 * long param_3 = obj.top();
 * long param_4 = obj.getMin();
 */
