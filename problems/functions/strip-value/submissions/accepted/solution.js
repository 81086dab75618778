/**
 * @param {number[]} nums
 * @param {number} val
 * @return {number}
 */
var stripValue = function(nums, val) {
    let k = 0;
    for (const x of nums) {
        if (x !== val) nums[k++] = x;
    }
    return k;
};
