use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Read};

fn dijkstra(adj: &[Vec<(usize, u64)>], src: usize) -> Vec<Option<u64>> {
    let mut dist: Vec<Option<u64>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[src] = Some(0);
    heap.push(Reverse((0u64, src)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist[u] != Some(d) {
            continue;
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if dist[v].map_or(true, |old| nd < old) {
                dist[v] = Some(nd);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = it.next().unwrap() as usize;
    let m = it.next().unwrap() as usize;
    let mut adj = vec![Vec::new(); n + 1];
    for _ in 0..m {
        let (u, v, w) = (it.next().unwrap() as usize, it.next().unwrap() as usize, it.next().unwrap());
        adj[u].push((v, w));
        adj[v].push((u, w));
    }
    match dijkstra(&adj, 1)[n] {
        Some(d) => println!("{}", d),
        None => println!("-1"),
    }
}
