#include <stdio.h>
/* About 6 MiB, well over the 1 MiB output limit. */
int main(void) {
    for (long i = 0; i < 300000L; i++) fputs("1.4142135623730951\n", stdout);
    return 0;
}
