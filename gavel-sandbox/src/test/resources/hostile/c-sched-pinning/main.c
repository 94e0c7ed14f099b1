#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/resource.h>
int main(void) {
    cpu_set_t set; CPU_ZERO(&set); CPU_SET(0, &set);
    printf("affinity=%d\n", sched_setaffinity(0, sizeof set, &set));
    struct sched_param sp = {.sched_priority = 99};
    if (sched_setscheduler(0, SCHED_FIFO, &sp) < 0) printf("fifo denied\n");
    if (setpriority(PRIO_PROCESS, 0, -20) < 0) printf("nice denied\n");
    return 0;
}
