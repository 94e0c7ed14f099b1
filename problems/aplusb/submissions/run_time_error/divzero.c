/* @EXPECTED_RESULTS@: RUN-ERROR */
/* Integer division by zero: the process dies of SIGFPE. */
#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 0;
    volatile long long zero = 0;
    printf("%lld\n", (a + b) / zero);
    return 0;
}
