impl Solution {
    pub fn rotate_grid(matrix: &mut Vec<Vec<i32>>) {
        let n = matrix.len();
        matrix.reverse(); // upside down, then transpose
        for i in 0..n {
            for j in i + 1..n {
                let t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
    }
}
