/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */

func levelAverages(root *TreeNode) []float64 {
    var averages []float64
    if root == nil {
        return averages
    }
    level := []*TreeNode{root}
    for len(level) > 0 {
        sum := 0
        var next []*TreeNode
        for _, node := range level {
            sum += node.Val
            if node.Left != nil {
                next = append(next, node.Left)
            }
            if node.Right != nil {
                next = append(next, node.Right)
            }
        }
        averages = append(averages, float64(sum)/float64(len(level)))
        level = next
    }
    return averages
}
