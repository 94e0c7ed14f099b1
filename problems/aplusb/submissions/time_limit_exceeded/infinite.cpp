// @EXPECTED_RESULTS@: TIMELIMIT
// Burns CPU forever before answering.
#include <cstdio>

int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
    volatile unsigned long long spin = 0;
    for (;;) {
        spin = spin + 1;
    }
    std::printf("%lld\n", a + b);
    return 0;
}
