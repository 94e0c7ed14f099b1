/* @EXPECTED_RESULTS@: CORRECT */
/* %.9g: 9 significant digits, so large answers get only 1-2 decimals (relative error
   still far below 1e-6) and integral answers print with no decimal point at all. */
#include <math.h>
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    static long long x[100000], y[100000];
    for (int i = 0; i < n; i++) scanf("%lld %lld", &x[i], &y[i]);
    double total = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        double dx = (double)(x[i] - x[j]), dy = (double)(y[i] - y[j]);
        total += sqrt(dx * dx + dy * dy);
    }
    printf("%.9g\n", total);
    return 0;
}
