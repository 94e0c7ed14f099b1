// Valid C++17, not C++20: the requires-clause needs a concept that does not exist.
template <typename T> requires NoSuchConcept<T> void f(T) {}
int main() {
    f(1);
}
