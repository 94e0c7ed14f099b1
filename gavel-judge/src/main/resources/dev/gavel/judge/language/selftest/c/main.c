/* Gavel self-test: empty input -> hello; "re" -> crash; "tle" -> loop; "mle" -> hog; "a b" -> a+b. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(__STDC_VERSION__ >= 201710L, "compile as C17");

static void *volatile keep;

int main(void) {
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, stdin);
    buf[n] = 0;
    char mode[16] = "";
    if (sscanf(buf, "%15s", mode) != 1) {
        puts("Hello, World!");
        return 0;
    }
    if (strcmp(mode, "re") == 0) {
        volatile int *p = NULL;
        *p = 1;
        abort();
    }
    if (strcmp(mode, "tle") == 0) {
        volatile unsigned long x = 0;
        for (;;) x++;
    }
    if (strcmp(mode, "mle") == 0) {
        for (;;) {
            void **p = malloc(1 << 20);
            if (p == NULL) return 3;
            memset(p, 1, 1 << 20);
            *p = keep;
            keep = p;
        }
    }
    long long a, b;
    if (sscanf(buf, "%lld %lld", &a, &b) != 2) return 2;
    printf("%lld\n", a + b);
    return 0;
}
