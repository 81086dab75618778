class Solution:
    def rotateGrid(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        n = len(matrix)
        matrix.reverse()  # upside down, then mirror along the main diagonal
        for i in range(n):
            row = matrix[i]
            for j in range(i + 1, n):
                row[j], matrix[j][i] = matrix[j][i], row[j]
