#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
# Expected score: 100. Best (prefix sum minus smallest earlier prefix sum), O(n).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
best = None
prefix = 0
min_prefix = 0
for tok in data[1:n + 1]:
    prefix += int(tok)
    cand = prefix - min_prefix
    if best is None or cand > best:
        best = cand
    if prefix < min_prefix:
        min_prefix = prefix
print(best)
