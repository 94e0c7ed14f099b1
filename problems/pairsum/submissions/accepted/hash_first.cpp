// @EXPECTED_RESULTS@: CORRECT
// Hashing, scanning left to right: reports the pair whose second index is smallest,
// printed as "i j" with i < j.
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
    seen.reserve(2 * n);
    for (int j = 0; j < n; j++) {
        auto it = seen.find(s - a[j]);
        if (it != seen.end()) {
            std::printf("%d %d\n", it->second + 1, j + 1);
            return 0;
        }
        seen.emplace(a[j], j);
    }
    std::puts("-1");
    return 0;
}
