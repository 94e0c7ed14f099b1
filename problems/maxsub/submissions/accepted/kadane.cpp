// @EXPECTED_RESULTS@: CORRECT
// Expected score: 100. Kadane's algorithm in 64-bit arithmetic, O(n).
#include <algorithm>
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    long long best = 0, cur = 0;
    for (int i = 0; i < n; i++) {
        long long v;
        std::scanf("%lld", &v);
        cur = (i == 0) ? v : std::max(v, cur + v);
        best = (i == 0) ? cur : std::max(best, cur);
    }
    std::printf("%lld\n", best);
    return 0;
}
