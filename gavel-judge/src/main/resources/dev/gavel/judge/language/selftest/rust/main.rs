use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let s = input.trim();
    match s {
        "" => println!("Hello, World!"),
        "re" => {
            let v: Vec<i32> = Vec::new();
            println!("{}", v[s.len()]);
        }
        "tle" => {
            let mut x: u64 = 0;
            loop {
                unsafe { std::ptr::write_volatile(&mut x, x.wrapping_add(1)) };
            }
        }
        "mle" => {
            let mut keep: Vec<Vec<u8>> = Vec::new();
            let mut total = 0usize;
            loop {
                let v = vec![1u8; 1 << 20];
                total += v[total % (1 << 20)] as usize;
                keep.push(v);
                if total == usize::MAX {
                    println!("{}", keep.len());
                }
            }
        }
        _ => {
            let v: Vec<i64> = s.split_whitespace().map(|t| t.parse().unwrap()).collect();
            println!("{}", v[0] + v[1]);
        }
    }
}
