// @EXPECTED_RESULTS@: CORRECT
// Binary search: at most 30 queries for 10^9 values. std::endl flushes every query.
#include <iostream>
#include <string>

int main() {
    long long lo = 1, hi = 1000000000;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << std::endl;
        std::string reply;
        if (!(std::cin >> reply)) return 0;
        if (reply == "=") return 0;
        if (reply == "<") hi = mid - 1;
        else lo = mid + 1;
    }
    return 0;
}
