#!/usr/bin/env python3
# @EXPECTED_RESULTS@: TIMELIMIT
# Sleeps instead of computing: uses no CPU, so only a wall-time guard stops it.
import time

a, b = map(int, input().split())
time.sleep(3600)
print(a + b)
