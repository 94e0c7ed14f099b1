#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Adds as doubles: 53 bits of mantissa lose the last digits of numbers near 10^18.
a, b = map(float, input().split())
print(int(a + b))
