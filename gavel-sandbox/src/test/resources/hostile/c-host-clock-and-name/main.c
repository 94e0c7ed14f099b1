#define _GNU_SOURCE
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
int main(void) {
    struct timeval tv = {0, 0};
    struct timespec ts = {0, 0};
    int a = settimeofday(&tv, 0), b = clock_settime(CLOCK_REALTIME, &ts), c = sethostname("pwned", 5);
    char host[64] = "";
    gethostname(host, sizeof host);
    printf("%d %d %d %s\n", a, b, c, host);
    return a < 0 && b < 0 && c < 0 ? 0 : 1;
}
