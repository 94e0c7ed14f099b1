#include <stdio.h>
#include <string.h>
/* Deep recursion under a small RLIMIT_STACK: SIGSEGV, long before the memory limit. */
static int deep(int n) { char buf[4096]; memset(buf, n, sizeof buf); return n == 0 ? buf[1] : deep(n - 1) + buf[2]; }
int main(void) { printf("%d\n", deep(1 << 16)); return 0; }
