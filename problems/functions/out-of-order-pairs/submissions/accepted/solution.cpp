class Solution {
    long long sortCount(vector<int>& a, vector<int>& buffer, int lo, int hi) {
        if (hi - lo <= 1) return 0;
        int mid = (lo + hi) / 2;
        long long count = sortCount(a, buffer, lo, mid) + sortCount(a, buffer, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid || j < hi) {
            if (j == hi || (i < mid && a[i] <= a[j])) {
                buffer[k++] = a[i++];
            } else {
                count += mid - i;  // every waiting left element is greater
                buffer[k++] = a[j++];
            }
        }
        copy(buffer.begin() + lo, buffer.begin() + hi, a.begin() + lo);
        return count;
    }

public:
    long long countInversions(vector<int>& nums) {
        vector<int> buffer(nums.size());
        return sortCount(nums, buffer, 0, nums.size());
    }
};
