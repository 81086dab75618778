# Correct but O(n^2) on deep trees: recounts the left subtree at every step down.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        def size(node: Optional[TreeNode]) -> int:
            count, stack = 0, [node] if node else []
            while stack:
                cur = stack.pop()
                count += 1
                if cur.left:
                    stack.append(cur.left)
                if cur.right:
                    stack.append(cur.right)
            return count

        node = root
        while True:
            left = size(node.left)
            if k <= left:
                node = node.left
            elif k == left + 1:
                return node.val
            else:
                k -= left + 1
                node = node.right
