// @EXPECTED_RESULTS@: COMPILER-ERROR
// Missing semicolon and an undeclared name: must not compile.
#include <iostream>

int main() {
    std::cout << "Hello, World!" << std::endl
    return undeclared_variable;
}
