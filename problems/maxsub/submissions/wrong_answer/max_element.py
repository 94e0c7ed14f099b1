#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Expected score: 0. Prints the largest single value: right only when the best stretch has
# length 1 (e.g. all values negative), wrong on some test of every group.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print(max(map(int, data[1:n + 1])))
