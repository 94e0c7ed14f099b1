#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Binary search over [0, 2^30): its first queries are fine, but when the secret is small it
# eventually asks "? 0", which is outside [1, 10^9]; when the secret is large it asks
# values above 10^9.
import os
import sys

try:
    lo, hi = 0, (1 << 30) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)
        reply = sys.stdin.readline().strip()
        if reply in ("=", ""):
            break
        if reply == "<":
            hi = mid - 1
        else:
            lo = mid + 1
except (BrokenPipeError, OSError):
    pass
os._exit(0)
