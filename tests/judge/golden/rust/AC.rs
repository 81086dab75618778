use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let sum: i64 = tokens.take(n).map(|t| t.parse::<i64>().unwrap()).sum();
    println!("{}", sum);
}
