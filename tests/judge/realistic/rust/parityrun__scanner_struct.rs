use std::io::{self, BufRead, BufWriter, Write};
use std::str::SplitAsciiWhitespace;

struct Scanner<'a> {
    tokens: SplitAsciiWhitespace<'a>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { tokens: text.split_ascii_whitespace() }
    }

    fn next<T: std::str::FromStr>(&mut self) -> T
    where
        T::Err: std::fmt::Debug,
    {
        self.tokens.next().expect("eof").parse().expect("parse")
    }
}

fn main() {
    let stdin = io::stdin();
    let text: String = stdin.lock().lines().map(|l| l.unwrap() + "\n").collect();
    let mut sc = Scanner::new(&text);
    let n: usize = sc.next();
    let a: Vec<i64> = (0..n).map(|_| sc.next()).collect();
    let (mut best_len, mut best_start) = (0usize, 0usize);
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && a[j + 1].rem_euclid(2) == a[i].rem_euclid(2) {
            j += 1;
        }
        if j - i + 1 > best_len {
            best_len = j - i + 1;
            best_start = i + 1;
        }
        i = j + 1;
    }
    let mut out = BufWriter::new(io::stdout());
    writeln!(out, "{} {}", best_len, best_start).unwrap();
}
