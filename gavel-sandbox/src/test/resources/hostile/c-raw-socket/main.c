#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
int main(void) {
    int s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
    printf("raw=%d\n", s);
    return s < 0 ? 0 : 1;
}
