/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    for (int i = 0; i < numsSize; i++) {
        for (int j = 0; j < i; j++) {
            if (nums[i] + nums[j] == target) {
                int* out = malloc(2 * sizeof(int));
                out[0] = j;
                out[1] = i;
                *returnSize = 2;
                return out;
            }
        }
    }
    *returnSize = 0;
    return NULL;
}
