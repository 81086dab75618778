/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number[]}
 */
var levelAverages = function(root) {
    const averages = [];
    let level = root ? [root] : [];
    while (level.length > 0) {
        let sum = 0;
        const next = [];
        for (const node of level) {
            sum += node.val;
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        averages.push(sum / level.length);
        level = next;
    }
    return averages;
};
