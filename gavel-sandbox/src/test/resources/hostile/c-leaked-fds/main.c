#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
/* Any fd beyond 0-2 would be the keeper's: a cgroup file, a pipe, the seccomp listener... */
int main(void) {
    int leaked = 0;
    for (int fd = 3; fd < 4096; fd++) {
        struct stat st;
        if (fstat(fd, &st) == 0) {
            char link[64], target[256] = "";
            snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
            readlink(link, target, sizeof target - 1);
            printf("LEAKED fd %d -> %s\n", fd, target);
            leaked++;
        }
    }
    if (!leaked) printf("no leaked fds\n");
    return 0;
}
