# Bug: integer division truncates each average (4.5 becomes 4).
class Solution:
    def levelAverages(self, root: Optional[TreeNode]) -> List[float]:
        averages = []
        level = [root] if root else []
        while level:
            averages.append(float(sum(node.val for node in level) // len(level)))
            level = [child for node in level for child in (node.left, node.right) if child]
        return averages
