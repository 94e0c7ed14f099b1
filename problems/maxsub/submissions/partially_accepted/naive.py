#!/usr/bin/env python3
# @EXPECTED_RESULTS@: TIMELIMIT
# Expected score: 30 (group1 accepted, group2 time limit exceeded).
# Tries every start l and extends r: O(n^2). About 5*10^5 steps for n = 1000 (fine),
# but 2*10^8 or more for the group2 tests (far beyond 1 second in Python).
# Pass-fail view: its first failing test is a time limit, hence TIMELIMIT above.
# Kattis scoring view: the overall verdict is accepted with score 30 < 100, hence the
# partially_accepted/ folder.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
best = a[0]
for l in range(n):
    s = 0
    for r in range(l, n):
        s += a[r]
        if s > best:
            best = s
print(best)
