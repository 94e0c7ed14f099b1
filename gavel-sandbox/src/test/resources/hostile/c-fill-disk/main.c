#include <stdio.h>
#include <string.h>
int main(void) {
    static char buf[1 << 16];
    memset(buf, 'd', sizeof buf);
    FILE *f = fopen("big", "w");
    for (;;) if (fwrite(buf, 1, sizeof buf, f) != sizeof buf) return 9;
}
