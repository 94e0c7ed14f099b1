#define _GNU_SOURCE
#include <linux/bpf.h>
#include <stdio.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    union bpf_attr attr = {0};
    long a = syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof attr);
    long b = syscall(SYS_perf_event_open, 0, 0, -1, -1, 0);
    long c = syscall(SYS_io_uring_setup, 8, 0);
    long d = syscall(SYS_userfaultfd, 0);
    long e = syscall(SYS_keyctl, 0, 0, 0, 0, 0);
    long f = personality(ADDR_NO_RANDOMIZE);
    long g = personality(0xffffffff);
    printf("%ld %ld %ld %ld %ld %ld %ld\n", a, b, c, d, e, f, g);
    return a < 0 && b < 0 && c < 0 && d < 0 && e < 0 && f < 0 && g >= 0 ? 0 : 1;
}
