// @EXPECTED_RESULTS@: WRONG-ANSWER
// Bug: inserts a_j into the table before looking up S - a_j, so when 2*a_j = S it
// "pairs" j with itself (sample 2 prints "1 1").
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long s;
    if (std::scanf("%d %lld", &n, &s) != 2) return 1;
    std::vector<long long> a(n);
    for (auto& v : a) std::scanf("%lld", &v);
    std::unordered_map<long long, int> seen;
    for (int j = 0; j < n; j++) {
        seen.emplace(a[j], j);
        auto it = seen.find(s - a[j]);
        if (it != seen.end()) {
            std::printf("%d %d\n", it->second + 1, j + 1);
            return 0;
        }
    }
    std::puts("-1");
    return 0;
}
