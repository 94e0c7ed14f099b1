#include <stdio.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    long a = syscall(SYS_init_module, 0, 0, "");
    long b = syscall(SYS_delete_module, "ext4", 0);
    long c = syscall(SYS_reboot, 0xfee1dead, 672274793, RB_POWER_OFF, 0);
    long d = syscall(SYS_swapoff, "/");
    long e = syscall(SYS_acct, "/box/acct");
    printf("%ld %ld %ld %ld %ld\n", a, b, c, d, e);
    return a < 0 && b < 0 && c < 0 && d < 0 && e < 0 ? 0 : 1;
}
