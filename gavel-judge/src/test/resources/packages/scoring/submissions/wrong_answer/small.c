#include <stdio.h>
/* 32-bit sums: right for group 1 only. */
int main(void) { int a, b; scanf("%d %d", &a, &b); printf("%d\n", a + b); return 0; }
