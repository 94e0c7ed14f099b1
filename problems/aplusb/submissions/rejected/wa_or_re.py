#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER, RUN-ERROR
# Either verdict is fine for this one: it subtracts instead of adding (wrong answer on
# small inputs) and crashes on inputs larger than 10^9 in absolute value. Which of the
# two the judge reports first depends on the order of the tests.
a, b = map(int, input().split())
if abs(a) > 10**9 or abs(b) > 10**9:
    raise OverflowError("too big for this solution")
print(a - b)
