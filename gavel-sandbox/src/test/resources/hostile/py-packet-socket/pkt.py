import socket
try:
    socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
    print("sniffing")
except OSError as e:
    print("denied", e)
