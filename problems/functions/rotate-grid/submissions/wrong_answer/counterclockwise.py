# Bug: transposes, then reverses the order of the rows: a quarter turn counterclockwise.
class Solution:
    def rotateGrid(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        matrix.reverse()
