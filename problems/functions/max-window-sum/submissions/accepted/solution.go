func maxWindowSum(nums []int64, k int) int64 {
    var window int64
    for i := 0; i < k; i++ {
        window += nums[i]
    }
    best := window
    for i := k; i < len(nums); i++ {
        window += nums[i] - nums[i-k]
        if window > best {
            best = window
        }
    }
    return best
}
