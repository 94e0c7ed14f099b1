#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Prints only the first index of the pair: the validator must notice the missing token.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
seen = {}
for j, v in enumerate(a):
    if s - v in seen:
        print(seen[s - v] + 1)
        break
    seen.setdefault(v, j)
else:
    print(-1)
