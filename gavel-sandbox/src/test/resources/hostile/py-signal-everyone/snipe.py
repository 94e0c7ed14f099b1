import os, signal
me = os.getpid()
hit = 0
for pid in range(1, 70000):
    if pid == me:
        continue
    try:
        os.kill(pid, signal.SIGKILL)
        hit += 1
    except (ProcessLookupError, PermissionError):
        pass
print("hit", hit)
print("done")
