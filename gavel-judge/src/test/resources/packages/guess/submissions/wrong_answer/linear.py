# Guesses 1, 2, 3, ... and gives up on the closed pipe when the interactor stops listening.
import sys
g = 1
while True:
    print(g, flush=True)
    if sys.stdin.readline().strip() in ("correct", ""):
        break
    g += 1
