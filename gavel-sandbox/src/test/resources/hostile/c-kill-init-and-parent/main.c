#include <signal.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
    int a = kill(1, SIGKILL), b = kill(getppid(), SIGKILL), c = kill(1, SIGTERM);
    printf("kill(1)=%d kill(ppid=%d)=%d\n", a, getppid(), b);
    if (a < 0 && b < 0 && c < 0) printf("init survived\n");
    return 0;
}
