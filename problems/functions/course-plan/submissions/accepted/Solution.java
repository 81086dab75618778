class Solution {
    public boolean canFinish(int courses, int[][] prerequisites) {
        // adjacency in compressed form: edges before -> course
        int[] start = new int[courses + 1];
        int[] waiting = new int[courses];
        for (int[] p : prerequisites) {
            start[p[1] + 1]++;
            waiting[p[0]]++;
        }
        for (int i = 0; i < courses; i++) start[i + 1] += start[i];
        int[] fill = Arrays.copyOf(start, courses);
        int[] target = new int[prerequisites.length];
        for (int[] p : prerequisites) target[fill[p[1]]++] = p[0];
        int[] queue = new int[courses];
        int head = 0, tail = 0;
        for (int c = 0; c < courses; c++) if (waiting[c] == 0) queue[tail++] = c;
        while (head < tail) {
            int c = queue[head++];
            for (int e = start[c]; e < start[c + 1]; e++) {
                if (--waiting[target[e]] == 0) queue[tail++] = target[e];
            }
        }
        return tail == courses;
    }
}
