import socket, glob
found = 0
with open("/proc/net/unix") as f:
    for line in list(f)[1:]:
        parts = line.split()
        if len(parts) >= 8:
            found += 1
            name = parts[7]
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect("\0" + name[1:] if name.startswith("@") else name)
                print("connected", name)
            except OSError:
                pass
print("host sockets visible:", found)
