use std::collections::HashMap;
use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut seen: HashMap<i64, u64> = HashMap::with_capacity(n + 1);
    seen.insert(0, 1);
    let mut prefix = 0i64;
    let mut answer = 0u64;
    for x in it.take(n) {
        prefix += x;
        let count = seen.entry(prefix).or_insert(0);
        answer += *count;
        *count += 1;
    }
    println!("{}", answer);
}
