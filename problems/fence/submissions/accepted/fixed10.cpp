// @EXPECTED_RESULTS@: CORRECT
// Fixed notation, 10 decimals.
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> x(n), y(n);
    for (int i = 0; i < n; i++) std::scanf("%lld %lld", &x[i], &y[i]);
    double total = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        total += std::hypot(double(x[i] - x[j]), double(y[i] - y[j]));
    }
    std::printf("%.10f\n", total);
    return 0;
}
