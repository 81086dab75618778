use std::io::{self, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Request {
    end: u32, // first field: the derived order sorts by end time
    start: u32,
}

fn max_bookings(mut requests: Vec<Request>) -> usize {
    requests.sort_unstable();
    let mut free_from = 0u32;
    requests
        .iter()
        .filter(|r| {
            if r.start >= free_from {
                free_from = r.end;
                true
            } else {
                false
            }
        })
        .count()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<u32>().unwrap());
    let n = it.next().unwrap() as usize;
    let requests: Vec<Request> = (0..n)
        .map(|_| {
            let start = it.next().unwrap();
            let end = it.next().unwrap();
            Request { end, start }
        })
        .collect();
    println!("{}", max_bookings(requests));
}
