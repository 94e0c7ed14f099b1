#include <stdio.h>
#include <sys/resource.h>
int main(void) {
    int res[] = {RLIMIT_CPU, RLIMIT_NOFILE, RLIMIT_FSIZE, RLIMIT_STACK, RLIMIT_CORE};
    int raised = 0;
    for (int i = 0; i < 5; i++) {
        struct rlimit rl;
        getrlimit(res[i], &rl);
        if (rl.rlim_max == RLIM_INFINITY) continue;
        rl.rlim_max += 1000; rl.rlim_cur = rl.rlim_max;
        if (setrlimit(res[i], &rl) == 0) { printf("raised %d\n", res[i]); raised++; }
    }
    if (!raised) printf("raise denied\n");
    return 0;
}
