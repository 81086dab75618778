class Solution:
    def levelAverages(self, root: Optional[TreeNode]) -> List[float]:
        averages = []
        level = [root] if root else []
        while level:
            averages.append(sum(node.val for node in level) / len(level))
            level = [child for node in level for child in (node.left, node.right) if child]
        return averages
