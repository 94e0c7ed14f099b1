#include <stdio.h>
#include <string.h>
static int deep(int n) { char buf[65536]; memset(buf, n, sizeof buf); return n == 0 ? buf[7] : deep(n - 1) + buf[100]; }
int main(void) { printf("%d\n", deep(1 << 20)); return 0; }
