# Correct but O(n * height): walks the whole tree once per level, keeping the nodes of that level.
class Solution:
    def levelAverages(self, root: Optional[TreeNode]) -> List[float]:
        averages = []
        depth = 0
        while True:
            total = count = 0
            stack = [(root, 0)]
            while stack:
                node, d = stack.pop()
                if node is None:
                    continue
                if d == depth:
                    total += node.val
                    count += 1
                elif d < depth:
                    stack.append((node.left, d + 1))
                    stack.append((node.right, d + 1))
            if count == 0:
                return averages
            averages.append(total / count)
            depth += 1
