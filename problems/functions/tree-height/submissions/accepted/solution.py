class Solution:
    def treeHeight(self, root: Optional[TreeNode]) -> int:
        height = 0
        level = [root] if root else []
        while level:
            height += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return height
