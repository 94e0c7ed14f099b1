import socket
for host, port in [("1.1.1.1", 53), ("8.8.8.8", 443), ("127.0.0.1", 22), ("10.0.0.1", 80)]:
    try:
        socket.create_connection((host, port), timeout=1).close()
        print("connected", host, port)
    except OSError as e:
        print("blocked", host, port, e)
print("tcp done")
