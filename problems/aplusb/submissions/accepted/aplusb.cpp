// @EXPECTED_RESULTS@: CORRECT
#include <cstdint>
#include <iostream>

int main() {
    std::int64_t a, b;
    std::cin >> a >> b;
    std::cout << a + b << '\n';
    return 0;
}
