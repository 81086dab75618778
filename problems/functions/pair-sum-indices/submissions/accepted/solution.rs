use std::collections::HashMap;

impl Solution {
    pub fn find_pair(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i64, i32> = HashMap::with_capacity(nums.len());
        for (i, &x) in nums.iter().enumerate() {
            // target - x can leave the i32 range (both up to 1e9 in absolute value)
            if let Some(&j) = seen.get(&(target as i64 - x as i64)) {
                return vec![j, i as i32];
            }
            seen.insert(x as i64, i as i32);
        }
        vec![]
    }
}
