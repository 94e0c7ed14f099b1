// No @EXPECTED_RESULTS@ line: DOMjudge has no memory-limit keyword; the folder says it.
// Allocates and touches 2 GiB in 64 MiB chunks (limit is 256 MiB), then answers.
// Under a memory cgroup the kernel kills it when it passes 256 MiB; under an address-space
// rlimit operator new throws std::bad_alloc. Either way: a memory-limit verdict.
#include <cstdio>
#include <vector>

int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
    const std::size_t chunk = 64u << 20;
    std::vector<char*> keep;
    for (int i = 0; i < 32; i++) {
        char* p = new char[chunk];
        // Touch one byte per 4 KiB page: every page becomes resident, at the lowest CPU cost,
        // so the memory limit is reached well before the time limit.
        for (std::size_t off = 0; off < chunk; off += 4096) p[off] = static_cast<char>(i + 1);
        keep.push_back(p);
    }
    long long check = 0;
    for (char* p : keep) check += p[4096];
    std::printf("%lld\n", a + b + (check < 0 ? 1 : 0));
    return 0;
}
