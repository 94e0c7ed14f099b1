#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(void) {
    system("su -c 'echo ROOTED' root </dev/null 2>&1; passwd -d root 2>&1; chsh -s /bin/sh root 2>&1; mount -t tmpfs x /tmp 2>&1");
    if (setuid(0) == 0 || geteuid() == 0) printf("ROOTED by setuid\n");
    printf("uid=%d euid=%d\n", getuid(), geteuid());
    return 0;
}
