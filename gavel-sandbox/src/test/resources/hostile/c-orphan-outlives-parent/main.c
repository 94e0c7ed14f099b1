#include <fcntl.h>
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        sleep(1);
        int fd = open("orphan-was-here", O_CREAT | O_WRONLY, 0644);
        for (;;) if (fd >= 0) write(fd, "x", 1);
    }
    return 0;
}
