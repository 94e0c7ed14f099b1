#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        setsid();
        if (fork() == 0) {
            for (int i = 0; i < 3; i++) close(i);
            sleep(1);
            open("escaped", O_CREAT | O_WRONLY, 0644);
            for (;;) pause();
        }
        _exit(0);
    }
    return 0;
}
