#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
a, b = map(int, input().split())
print(a + b)
