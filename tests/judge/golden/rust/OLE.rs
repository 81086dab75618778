// Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
use std::io::Write;

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let line = "0123456789".repeat(100);
    for _ in 0..2048 {
        writeln!(out, "{}", line).unwrap();
    }
}
