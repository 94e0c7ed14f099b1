// @EXPECTED_RESULTS@: WRONG-ANSWER
// Reads into 64-bit values but adds in 32-bit int: overflows on the second sample
// (1000000000 + 1000000000) and truncates every big test.
#include <iostream>

int main() {
    long long a, b;
    std::cin >> a >> b;
    int sum = static_cast<int>(a) + static_cast<int>(b);
    std::cout << sum << '\n';
    return 0;
}
