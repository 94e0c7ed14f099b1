#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Linear search 1, 2, 3, ...: correct answers, but far more than 31 queries for a large
# secret, so the interactor rejects it. Exits quietly when the interactor hangs up, so the
# verdict is the interactor's wrong answer and not a crash.
import os
import sys

try:
    y = 1
    while True:
        print("?", y, flush=True)
        reply = sys.stdin.readline().strip()
        if reply in ("=", ""):
            break
        y += 1
except (BrokenPipeError, OSError):
    pass
os._exit(0)
