use std::fmt::Write as _;
use std::io::{self, Read, Write};

struct Dsu {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl Dsu {
    fn new(n: usize) -> Self {
        Dsu { parent: (0..n).collect(), size: vec![1; n] }
    }

    fn find(&mut self, x: usize) -> usize {
        if self.parent[x] != x {
            let root = self.find(self.parent[x]);
            self.parent[x] = root;
        }
        self.parent[x]
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let q: usize = it.next().unwrap().parse().unwrap();
    let mut dsu = Dsu::new(n + 1);
    let mut out = String::new();
    for _ in 0..q {
        let op = it.next().unwrap();
        let u: usize = it.next().unwrap().parse().unwrap();
        match op {
            "S" => {
                let root = dsu.find(u);
                writeln!(out, "{}", dsu.size[root]).unwrap();
            }
            "Q" => {
                let v: usize = it.next().unwrap().parse().unwrap();
                let same = dsu.find(u) == dsu.find(v);
                out.push_str(if same { "YES\n" } else { "NO\n" });
            }
            _ => {
                let v: usize = it.next().unwrap().parse().unwrap();
                dsu.union(u, v);
            }
        }
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
