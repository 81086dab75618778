impl Solution {
    pub fn first_repeated(s: String) -> char {
        let bytes = s.as_bytes();
        let mut count = [0u32; 128];
        for &b in bytes {
            count[b as usize] += 1;
        }
        bytes
            .iter()
            .find(|&&b| count[b as usize] > 1)
            .map(|&b| b as char)
            .unwrap_or('\0')
    }
}
