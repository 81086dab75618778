func countIslands(grid [][]byte) int {
    m, n := len(grid), len(grid[0])
    dirs := [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
    islands := 0
    stack := make([][2]int, 0, 64)
    for r := 0; r < m; r++ {
        for c := 0; c < n; c++ {
            if grid[r][c] != '1' {
                continue
            }
            islands++
            grid[r][c] = '0' // sink the island as we go
            stack = append(stack[:0], [2]int{r, c})
            for len(stack) > 0 {
                cell := stack[len(stack)-1]
                stack = stack[:len(stack)-1]
                for _, d := range dirs {
                    x, y := cell[0]+d[0], cell[1]+d[1]
                    if x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1' {
                        grid[x][y] = '0'
                        stack = append(stack, [2]int{x, y})
                    }
                }
            }
        }
    }
    return islands
}
