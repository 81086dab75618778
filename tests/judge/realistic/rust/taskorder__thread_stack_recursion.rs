use std::io::{self, Read, Write};
use std::thread;

struct Solver {
    adj: Vec<Vec<usize>>,
    state: Vec<u8>,
    order: Vec<usize>,
}

impl Solver {
    /// Returns false when a cycle is found.
    fn dfs(&mut self, u: usize) -> bool {
        self.state[u] = 1;
        for i in 0..self.adj[u].len() {
            let v = self.adj[u][i];
            match self.state[v] {
                1 => return false,
                0 => {
                    if !self.dfs(v) {
                        return false;
                    }
                }
                _ => {}
            }
        }
        self.state[u] = 2;
        self.order.push(u);
        true
    }
}

fn run() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap();
    let mut adj = vec![Vec::new(); n + 1];
    for _ in 0..m {
        let a = it.next().unwrap();
        let b = it.next().unwrap();
        adj[a].push(b);
    }
    let mut solver = Solver { adj, state: vec![0; n + 1], order: Vec::with_capacity(n) };
    let ok = (1..=n).all(|u| solver.state[u] != 0 || solver.dfs(u));
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if !ok {
        writeln!(out, "IMPOSSIBLE").unwrap();
        return;
    }
    let line: Vec<String> = solver.order.iter().rev().map(|u| u.to_string()).collect();
    writeln!(out, "{}", line.join(" ")).unwrap();
}

fn main() {
    let child = thread::Builder::new().stack_size(64 << 20).spawn(run).unwrap();
    child.join().unwrap();
}
