// @EXPECTED_RESULTS@: WRONG-ANSWER
// Asks "guess 500000000" instead of "? 500000000": the interactor rejects the malformed
// query. Then waits for a reply, gets end of input, and exits normally.
#include <cstdio>

int main() {
    std::printf("guess %d\n", 500000000);
    std::fflush(stdout);
    char reply[16];
    if (std::scanf("%15s", reply) != 1) return 0;
    return 0;
}
