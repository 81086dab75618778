// Keeps touched 1 MiB blocks alive, forever: the OOM killer ends it.
fn main() {
    let mut blocks: Vec<Vec<u8>> = Vec::new();
    loop {
        blocks.push(vec![1u8; 1 << 20]);
        if blocks.len() == usize::MAX {
            break;
        }
    }
    println!("{}", blocks.iter().map(|b| b[0] as usize).sum::<usize>());
}
