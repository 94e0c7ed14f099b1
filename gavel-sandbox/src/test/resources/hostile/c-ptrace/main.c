#include <stdio.h>
#include <sys/ptrace.h>
#include <unistd.h>
int main(void) {
    long a = ptrace(PTRACE_TRACEME, 0, 0, 0);
    long b = ptrace(PTRACE_ATTACH, getppid(), 0, 0);
    long c = ptrace(PTRACE_ATTACH, 1, 0, 0);
    printf("%ld %ld %ld\n", a, b, c);
    return a < 0 && b < 0 && c < 0 ? 0 : 1;
}
