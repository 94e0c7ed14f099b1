#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
# Sort + two pointers: finds the pair using the smallest value, usually a different pair
# than the hashing solutions, and prints the larger index first.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
order = sorted(range(n), key=lambda k: a[k])
lo, hi = 0, n - 1
while lo < hi:
    t = a[order[lo]] + a[order[hi]]
    if t == s:
        i, j = order[lo] + 1, order[hi] + 1
        print(max(i, j), min(i, j))
        break
    if t < s:
        lo += 1
    else:
        hi -= 1
else:
    print(-1)
