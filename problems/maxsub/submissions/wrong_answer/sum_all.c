/* @EXPECTED_RESULTS@: WRONG-ANSWER */
/* Expected score: 0. Prints the sum of all values (the whole trail), as a 64-bit number. */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long s = 0;
    for (int i = 0; i < n; i++) {
        long long v;
        scanf("%lld", &v);
        s += v;
    }
    printf("%lld\n", s);
    return 0;
}
