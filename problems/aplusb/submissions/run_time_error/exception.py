#!/usr/bin/env python3
# @EXPECTED_RESULTS@: RUN-ERROR
# Raises an uncaught exception: non-zero exit status.
a, b = map(int, input().split())
raise RuntimeError(f"refusing to add {a} and {b}")
