// @EXPECTED_RESULTS@: WRONG-ANSWER
// Expected score: 30 (group1 accepted, group2 wrong answer).
// Kadane's algorithm in 32-bit int: every group1 answer fits (n <= 1000, |a_i| <= 10^6),
// but group2 has answers above 2^31 - 1, which overflow.
// Pass-fail view: WRONG-ANSWER; Kattis scoring view: accepted with score 30.
#include <algorithm>
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    int best = 0, cur = 0;
    for (int i = 0; i < n; i++) {
        int v;
        std::scanf("%d", &v);
        cur = (i == 0) ? v : std::max(v, static_cast<int>(static_cast<unsigned>(cur) + static_cast<unsigned>(v)));
        best = (i == 0) ? cur : std::max(best, cur);
    }
    std::printf("%d\n", best);
    return 0;
}
