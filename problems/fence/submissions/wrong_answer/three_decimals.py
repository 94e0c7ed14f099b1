#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Computes correctly but prints only 3 decimals: 3.414 for sample 1, an absolute
# error of 2.1e-4 and a relative error of 6e-5, both above 1e-6.
import math
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
total = sum(math.dist(pts[i], pts[(i + 1) % n]) for i in range(n))
print(f"{total:.3f}")
