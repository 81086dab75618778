// An endless busy loop: killed at the CPU time limit.
fn main() {
    let mut counter: u64 = 0;
    loop {
        // A volatile write keeps the loop doing work the optimiser cannot remove.
        unsafe { std::ptr::write_volatile(&mut counter, counter.wrapping_add(1)) };
    }
}
