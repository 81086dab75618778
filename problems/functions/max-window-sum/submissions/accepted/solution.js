/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var maxWindowSum = function(nums, k) {
    // Window sums can reach 1e17, past Number's exact integers: use BigInt.
    let window = 0n;
    for (let i = 0; i < k; i++) window += BigInt(nums[i]);
    let best = window;
    for (let i = k; i < nums.length; i++) {
        window += BigInt(nums[i] - nums[i - k]);
        if (window > best) best = window;
    }
    return best;
};
