#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
# Binary search with flush=True on every query.
import sys

lo, hi = 1, 10**9
while lo <= hi:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "=" or reply == "":
        break
    if reply == "<":
        hi = mid - 1
    else:
        lo = mid + 1
