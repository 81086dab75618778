/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */

func treeHeight(root *TreeNode) int {
    if root == nil {
        return 0
    }
    left, right := treeHeight(root.Left), treeHeight(root.Right)
    if left > right {
        return left + 1
    }
    return right + 1
}
