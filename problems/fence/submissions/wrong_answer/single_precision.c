/* @EXPECTED_RESULTS@: WRONG-ANSWER */
/* Accumulates in single precision (float, 24-bit mantissa): on the 100000-post test the
   running sum passes 10^5 and every addition loses ~10^-3, so the relative error
   ends up well above 1e-6. */
#include <math.h>
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    static int x[100000], y[100000];
    for (int i = 0; i < n; i++) scanf("%d %d", &x[i], &y[i]);
    float total = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        float dx = (float)(x[i] - x[j]), dy = (float)(y[i] - y[j]);
        total += sqrtf(dx * dx + dy * dy);
    }
    printf("%.10f\n", (double)total);
    return 0;
}
