# Correct but O(n^3): moves every ring one cell clockwise, as many times as the ring's side.
class Solution:
    def rotateGrid(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for layer in range(n // 2):
            first, last = layer, n - 1 - layer
            ring = [(first, c) for c in range(first, last)]
            ring += [(r, last) for r in range(first, last)]
            ring += [(last, c) for c in range(last, first, -1)]
            ring += [(r, first) for r in range(last, first, -1)]
            for _ in range(last - first):
                r, c = ring[-1]
                carried = matrix[r][c]
                for k in range(len(ring) - 1, 0, -1):
                    r, c = ring[k]
                    pr, pc = ring[k - 1]
                    matrix[r][c] = matrix[pr][pc]
                r, c = ring[0]
                matrix[r][c] = carried
