#include "validate.h"

/* Accepts any positive multiple of n (the input) other than n itself. */
int main(int argc, char **argv) {
    if (argc < 4) return 1;
    FILE *in = fopen(argv[1], "r");
    long n, x;
    if (!in || fscanf(in, "%ld", &n) != 1) return 1;
    open_feedback(argv[3]);
    if (scanf("%ld", &x) != 1) wrong_answer("expected a number (n = %ld)%ld", n, 0);
    if (x <= 0 || x == n || x % n != 0) wrong_answer("%ld is not a proper multiple of %ld", x, n);
    char extra[2];
    if (scanf("%1s", extra) == 1) wrong_answer("trailing output after %ld (n = %ld)", x, n);
    return EXIT_AC;
}
