use std::io::{self, Read};

fn first_true<F: Fn(u64) -> bool>(mut lo: u64, mut hi: u64, ok: F) -> u64 {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if ok(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let nums: Vec<u64> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    let (n, d) = (nums[0] as usize, nums[1] as usize);
    let w = &nums[2..2 + n];
    let fits = |cap: u64| {
        let mut days = 1;
        let mut load = 0;
        for &x in w {
            if load + x > cap {
                days += 1;
                load = 0;
            }
            load += x;
        }
        days <= d
    };
    let lo = *w.iter().max().unwrap();
    let hi: u64 = w.iter().sum();
    println!("{}", first_true(lo, hi, fits));
}
