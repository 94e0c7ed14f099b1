#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Finds a correct pair but then prints a third number: extra output is rejected.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
seen = {}
for j, v in enumerate(a):
    if s - v in seen:
        print(seen[s - v] + 1, j + 1, s)
        break
    seen.setdefault(v, j)
else:
    print(-1, 0)
