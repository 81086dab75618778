/* Open addressing: value -> first index where it was seen. */
#define TABLE_BITS 18
#define TABLE_SIZE (1 << TABLE_BITS)

static unsigned slotOf(long long key) {
    unsigned long long h = (unsigned long long)key * 0x9E3779B97F4A7C15ULL;
    return (unsigned)(h >> (64 - TABLE_BITS));
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* findPair(int* nums, int numsSize, int target, int* returnSize) {
    long long* keys = malloc(sizeof(long long) * TABLE_SIZE);
    int* where = malloc(sizeof(int) * TABLE_SIZE);
    for (int i = 0; i < TABLE_SIZE; i++) where[i] = -1;
    int* result = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        long long want = (long long)target - nums[i];
        unsigned s = slotOf(want);
        while (where[s] != -1 && keys[s] != want) s = (s + 1) & (TABLE_SIZE - 1);
        if (where[s] != -1) {
            result[0] = where[s];
            result[1] = i;
            *returnSize = 2;
            break;
        }
        s = slotOf(nums[i]);
        while (where[s] != -1 && keys[s] != nums[i]) s = (s + 1) & (TABLE_SIZE - 1);
        if (where[s] == -1) {
            keys[s] = nums[i];
            where[s] = i;
        }
    }
    free(keys);
    free(where);
    return result;
}
