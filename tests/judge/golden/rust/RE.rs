// A panic (an index out of bounds): the process exits with status 101.
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let n: usize = input.split_whitespace().next().unwrap().parse().unwrap();
    let values: Vec<i64> = Vec::new();
    println!("{}", values[n]);
}
