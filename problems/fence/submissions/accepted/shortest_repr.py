#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
# Python's default float formatting: shortest round-trip repr (up to 17 digits),
# and "12.0" for the integral sample.
import math
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:2 * n + 1:2]))
ys = list(map(int, data[2:2 * n + 2:2]))
total = 0.0
for i in range(n):
    j = (i + 1) % n
    total += math.hypot(xs[i] - xs[j], ys[i] - ys[j])
print(total)
