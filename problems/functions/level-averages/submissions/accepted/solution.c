/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
double* levelAverages(struct TreeNode* root, int* returnSize) {
    *returnSize = 0;
    int cap = 1024;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * cap);
    int head = 0, tail = 0;
    int resultCap = 16;
    double* result = malloc(sizeof(double) * resultCap);
    if (root) queue[tail++] = root;
    while (head < tail) {
        int levelEnd = tail, count = tail - head;
        long long sum = 0;
        while (head < levelEnd) {
            struct TreeNode* node = queue[head++];
            sum += node->val;
            struct TreeNode* kids[2] = {node->left, node->right};
            for (int k = 0; k < 2; k++) {
                if (!kids[k]) continue;
                if (tail == cap) {
                    cap *= 2;
                    queue = realloc(queue, sizeof(struct TreeNode*) * cap);
                }
                queue[tail++] = kids[k];
            }
        }
        if (*returnSize == resultCap) {
            resultCap *= 2;
            result = realloc(result, sizeof(double) * resultCap);
        }
        result[(*returnSize)++] = (double)sum / count;
    }
    free(queue);
    return result;
}
