// A type error: rustc refuses it.
fn main() {
    let x: i32 = "not a number";
    println!("{}", x);
}
