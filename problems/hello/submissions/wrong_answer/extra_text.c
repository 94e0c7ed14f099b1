/* @EXPECTED_RESULTS@: WRONG-ANSWER */
/* Prints the right line followed by an extra token. */
#include <stdio.h>

int main(void) {
    printf("Hello, World!\nGoodbye\n");
    return 0;
}
