# Keeps 1 MiB blocks, touched, until the memory limit (64 MiB) stops it.
blocks = []
while True:
    blocks.append(bytearray(b"x" * (1 << 20)))
