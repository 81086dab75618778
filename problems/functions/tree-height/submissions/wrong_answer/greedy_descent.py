# Bug: walks down one path only, preferring the left child, instead of exploring every branch.
class Solution:
    def treeHeight(self, root: Optional[TreeNode]) -> int:
        height = 0
        node = root
        while node:
            height += 1
            node = node.left if node.left else node.right
        return height
