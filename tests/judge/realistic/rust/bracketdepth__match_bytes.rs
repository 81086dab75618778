use std::io::{self, Read};

fn depth(s: &[u8]) -> Option<usize> {
    let mut stack: Vec<u8> = Vec::with_capacity(s.len());
    let mut best = 0;
    for &c in s {
        match c {
            b'(' | b'[' | b'{' => {
                stack.push(c);
                best = best.max(stack.len());
            }
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                if stack.pop() != Some(want) {
                    return None;
                }
            }
            _ => {}
        }
    }
    if stack.is_empty() {
        Some(best)
    } else {
        None
    }
}

fn main() {
    let mut buf = Vec::new();
    io::stdin().read_to_end(&mut buf).unwrap();
    match depth(&buf) {
        Some(d) => println!("{}", d),
        None => println!("-1"),
    }
}
