class Solution {
    public void rotateGrid(int[][] matrix) {
        int n = matrix.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
        for (int[] row : matrix) reverse(row);
    }

    private static void reverse(int[] row) {
        for (int l = 0, r = row.length - 1; l < r; l++, r--) {
            int t = row[l];
            row[l] = row[r];
            row[r] = t;
        }
    }
}
