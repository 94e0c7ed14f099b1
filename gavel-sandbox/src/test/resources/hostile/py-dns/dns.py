import socket
try:
    print("resolved", socket.getaddrinfo("example.com", 80))
except OSError as e:
    print("dns failed", e)
