class Solution {
    private static class DSU {
        private final int[] parent;
        private final int[] rank;
        int sets;

        DSU(int n) {
            parent = new int[n];
            rank = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            if (rank[ra] < rank[rb]) { int t = ra; ra = rb; rb = t; }
            parent[rb] = ra;
            if (rank[ra] == rank[rb]) rank[ra]++;
            sets--;
        }
    }

    public int countIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length;
        DSU dsu = new DSU(m * n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                dsu.sets++;
                int id = i * n + j;
                if (i > 0 && grid[i - 1][j] == '1') dsu.union(id, id - n);
                if (j > 0 && grid[i][j - 1] == '1') dsu.union(id, id - 1);
            }
        }
        return dsu.sets;
    }
}
