#include <unistd.h>
int main(void) {
    unsigned char b[1024];
    for (int i = 0; i < 1024; i++) b[i] = (unsigned char)i;
    return write(1, b, sizeof b) == sizeof b ? 0 : 1;
}
