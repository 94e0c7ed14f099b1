import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    s.sendto(b"hello", ("8.8.8.8", 53))
    print("sent")
except OSError as e:
    print("blocked", e)
