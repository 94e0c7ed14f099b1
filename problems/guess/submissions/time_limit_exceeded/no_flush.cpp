// @EXPECTED_RESULTS@: TIMELIMIT
// Correct binary search that never flushes: stdout is a pipe, so printf only fills a buffer,
// the query never reaches the interactor, and both sides wait for each other until the
// judge's wall-clock limit ends the run. Uses no CPU while waiting.
#include <cstdio>

int main() {
    long long lo = 1, hi = 1000000000;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        std::printf("? %lld\n", mid);  // no fflush(stdout)
        char reply[4];
        if (std::scanf("%3s", reply) != 1) return 0;
        if (reply[0] == '=') return 0;
        if (reply[0] == '<') hi = mid - 1;
        else lo = mid + 1;
    }
    return 0;
}
