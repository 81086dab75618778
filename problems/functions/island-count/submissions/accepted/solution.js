/**
 * @param {character[][]} grid
 * @return {number}
 */
var countIslands = function(grid) {
    const m = grid.length, n = grid[0].length;
    const seen = new Uint8Array(m * n);
    const stack = [];
    let islands = 0;
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (grid[r][c] !== "1" || seen[r * n + c]) continue;
            islands++;
            seen[r * n + c] = 1;
            stack.push(r * n + c);
            while (stack.length > 0) {
                const cell = stack.pop();
                const i = Math.floor(cell / n), j = cell % n;
                const visit = (x, y) => {
                    if (x < 0 || x >= m || y < 0 || y >= n) return;
                    if (grid[x][y] !== "1" || seen[x * n + y]) return;
                    seen[x * n + y] = 1;
                    stack.push(x * n + y);
                };
                visit(i - 1, j);
                visit(i + 1, j);
                visit(i, j - 1);
                visit(i, j + 1);
            }
        }
    }
    return islands;
};
