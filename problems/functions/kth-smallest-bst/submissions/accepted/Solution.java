/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
class Solution {
    public int kthSmallest(TreeNode root, int k) {
        // Morris in-order traversal: O(1) extra space, no recursion.
        TreeNode node = root;
        int answer = 0;
        while (node != null) {
            if (node.left == null) {
                if (--k == 0) answer = node.val;
                node = node.right;
            } else {
                TreeNode pred = node.left;
                while (pred.right != null && pred.right != node) pred = pred.right;
                if (pred.right == null) {
                    pred.right = node;
                    node = node.left;
                } else {
                    pred.right = null;
                    if (--k == 0) answer = node.val;
                    node = node.right;
                }
            }
        }
        return answer;
    }
}
