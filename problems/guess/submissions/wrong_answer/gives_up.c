/* @EXPECTED_RESULTS@: WRONG-ANSWER */
/* Asks one question and exits without finding the number (unless it is 500000000):
   the interactor sees the end of the submission's output before "=". */
#include <stdio.h>

int main(void) {
    printf("? 500000000\n");
    fflush(stdout);
    char reply[4];
    if (scanf("%3s", reply) != 1) return 0;
    return 0;
}
