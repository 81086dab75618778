/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int treeHeight(struct TreeNode* root) {
    if (!root) return 0;
    int left = treeHeight(root->left), right = treeHeight(root->right);
    return 1 + (left > right ? left : right);
}
