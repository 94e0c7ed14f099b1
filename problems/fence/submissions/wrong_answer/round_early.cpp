// @EXPECTED_RESULTS@: WRONG-ANSWER
// Rounds every fence segment to centimetres before adding: each rounding loses up to
// 0.005, far more than the 1e-6 tolerance (sample 1 gives 3.41 instead of 3.41421356).
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
        double seg = std::hypot(double(x[i] - x[j]), double(y[i] - y[j]));
        total += std::round(seg * 100.0) / 100.0;
    }
    std::printf("%.10f\n", total);
    return 0;
}
