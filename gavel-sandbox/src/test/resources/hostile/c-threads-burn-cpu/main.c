#include <pthread.h>
static void *spin(void *a) { volatile unsigned long x = 0; (void)a; for (;;) x++; return 0; }
int main(void) { pthread_t t; for (int i = 0; i < 3; i++) pthread_create(&t, 0, spin, 0); spin(0); }
