#include <stdio.h>
#include <sys/mount.h>
int main(void) {
    int a = mount("none", "/tmp", "tmpfs", 0, 0);
    int b = mount("/", "/box", 0, MS_BIND, 0);
    int c = umount2("/proc", MNT_DETACH);
    printf("%d %d %d\n", a, b, c);
    return a < 0 && b < 0 && c < 0 ? 0 : 1;
}
