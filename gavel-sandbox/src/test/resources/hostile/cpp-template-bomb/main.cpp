template <int N> struct Boom { static const long long v = Boom<N - 1>::v + Boom<N - 2>::v % 7 + N; };
template <> struct Boom<0> { static const long long v = 1; };
template <> struct Boom<1> { static const long long v = 1; };
template <int N> struct Wide { char pad[N % 13 + 1]; Boom<N> b; Wide<N - 1> next; };
template <> struct Wide<0> {};
int main() { Wide<60000> w; return (int)sizeof w + (int)Boom<60000>::v; }
