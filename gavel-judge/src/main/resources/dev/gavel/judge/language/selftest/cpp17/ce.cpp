int main() {
    int x = ;
}
