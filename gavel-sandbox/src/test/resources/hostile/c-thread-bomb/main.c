#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static void *idle(void *a) { (void)a; pause(); return NULL; }
int main(void) {
    int n = 0;
    pthread_t t;
    while (n < 100000 && pthread_create(&t, NULL, idle, NULL) == 0) n++;
    printf("threads=%d\n", n);
    printf(n < 8 ? "limited\n" : "unlimited\n");
    return 0;
}
