/* @EXPECTED_RESULTS@: CORRECT */
/* Sort + two pointers to find the two VALUES, then reports the LAST positions holding them:
   yet another valid answer, different from the other accepted submissions. */
#include <stdio.h>
#include <stdlib.h>

static long long a[100000];
static long long sorted_vals[100000];

static int cmp(const void* x, const void* y) {
    long long u = *(const long long*)x, v = *(const long long*)y;
    return (u > v) - (u < v);
}

int main(void) {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 1;
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    for (int i = 0; i < n; i++) sorted_vals[i] = a[i];
    qsort(sorted_vals, n, sizeof(long long), cmp);
    int lo = 0, hi = n - 1, exists = 0;
    long long want_lo = 0, want_hi = 0;
    while (lo < hi) {
        long long t = sorted_vals[lo] + sorted_vals[hi];
        if (t == s) { exists = 1; want_lo = sorted_vals[lo]; want_hi = sorted_vals[hi]; break; }
        if (t < s) lo++; else hi--;
    }
    if (!exists) { puts("-1"); return 0; }
    /* Output the last occurrence of each value: a third distinct answer. */
    int j = -1, i = -1;
    for (int k = n - 1; k >= 0; k--) if (a[k] == want_hi) { j = k; break; }
    for (int k = n - 1; k >= 0; k--) if (a[k] == want_lo && k != j) { i = k; break; }
    printf("%d %d\n", i + 1, j + 1);
    return 0;
}
