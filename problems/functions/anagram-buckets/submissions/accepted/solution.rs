use std::collections::HashMap;

impl Solution {
    pub fn bucket_anagrams(words: Vec<String>) -> Vec<Vec<String>> {
        let mut buckets: HashMap<[u8; 26], Vec<String>> = HashMap::new();
        for word in words {
            let mut key = [0u8; 26];
            for b in word.bytes() {
                key[(b - b'a') as usize] += 1;
            }
            buckets.entry(key).or_default().push(word);
        }
        buckets.into_values().collect()
    }
}
