# Correct but O(n * height): for every node, climbs the parent links back to the root.
class Solution:
    def treeHeight(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        parent = {id(root): None}
        nodes = [root]
        for node in nodes:
            for child in (node.left, node.right):
                if child:
                    parent[id(child)] = node
                    nodes.append(child)
        best = 0
        for node in nodes:
            depth = 0
            while node is not None:
                depth += 1
                node = parent[id(node)]
            best = max(best, depth)
        return best
