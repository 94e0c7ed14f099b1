#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>
#include <concepts>
#include <span>

// Fails to compile under an older standard: the self-test checks the -std flag.
static_assert(__cplusplus >= 202002L, "compile as C++20");

template <std::integral T>
T total(std::span<const T> xs) {
    T s{};
    for (T x : xs) s += x;
    return s;
}

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
    long long a = std::stoll(mode), b;
    if (!(tokens >> b)) return 2;
    std::vector<long long> xs{a, b};
    std::cout << total(std::span<const long long>(xs)) << std::endl;
    return 0;
}
