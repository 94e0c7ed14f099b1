constexpr unsigned long long spin(unsigned long long n) {
    unsigned long long x = 0;
    for (unsigned long long i = 0; i < n; i++) x = x * 6364136223846793005ull + i;
    return x;
}
constexpr unsigned long long v = spin(1ull << 40);
int main() { return (int)v; }
