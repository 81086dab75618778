/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, modify matrix in-place instead.
 */
var rotateGrid = function(matrix) {
    const n = matrix.length;
    // transpose, then reverse every row
    for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
            const t = matrix[i][j];
            matrix[i][j] = matrix[j][i];
            matrix[j][i] = t;
        }
    }
    for (const row of matrix) row.reverse();
};
