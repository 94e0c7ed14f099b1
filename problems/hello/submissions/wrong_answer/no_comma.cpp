// @EXPECTED_RESULTS@: WRONG-ANSWER
// Missing comma: the first token differs.
#include <cstdio>

int main() {
    std::puts("Hello World!");
    return 0;
}
