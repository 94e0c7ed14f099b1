// @EXPECTED_RESULTS@: RUN-ERROR
// Prints the correct answer, then aborts (SIGABRT): a crash is a crash even after correct output.
#include <cstdio>
#include <cstdlib>

int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
    std::printf("%lld\n", a + b);
    std::fflush(stdout);
    std::abort();
}
