// @EXPECTED_RESULTS@: CORRECT
fn main() {
    println!("Hello, World!");
}
