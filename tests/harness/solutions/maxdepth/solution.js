const maxDepth = (root) => root === null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
