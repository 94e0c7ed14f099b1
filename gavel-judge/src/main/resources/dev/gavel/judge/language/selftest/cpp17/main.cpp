#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>
#include <optional>

// Fails to compile under any other standard: the self-test checks the -std flag.
static_assert(__cplusplus == 201703L, "compile as C++17");

static void *volatile keep;

int main() {
    std::string in((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream tokens(in);
    std::string mode;
    if (!(tokens >> mode)) {
        std::cout << "Hello, World!" << std::endl;
        return 0;
    }
    if (mode == "re") {
        std::vector<int> v;
        return v.at(mode.size());
    }
    if (mode == "tle") {
        volatile unsigned long x = 0;
        for (;;) x = x + 1;
    }
    if (mode == "mle") {
        std::vector<std::vector<char>*> blocks;
        for (;;) {
            blocks.push_back(new std::vector<char>(1 << 20, 'x'));
            keep = blocks.back()->data();
        }
    }
    std::optional<long long> b;
    long long a = std::stoll(mode), v;
    if (tokens >> v) b = v;
    auto [sum, ok] = std::pair{a + b.value_or(0), b.has_value()};
    if (!ok) return 2;
    std::cout << sum << std::endl;
    return 0;
}
