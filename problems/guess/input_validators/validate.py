#!/usr/bin/env python3
# Input validator for Guess the Number: one integer 1 <= x <= 10^9.
import re
import sys

text = sys.stdin.buffer.read().decode("ascii")
if not re.fullmatch(r"[1-9][0-9]*\n", text) or not 1 <= int(text) <= 10**9:
    print("bad input", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
