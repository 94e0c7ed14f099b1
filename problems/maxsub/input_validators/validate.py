#!/usr/bin/env python3
# Input validator for Best Stretch (checks the full constraints; group1 inputs have n <= 1000
# by construction, see generators/gen.py).
import re
import sys

text = sys.stdin.buffer.read().decode("ascii")
INT = r"(?:0|-?[1-9][0-9]*)"
if not re.fullmatch(r"[1-9][0-9]*\n" + INT + "(?: " + INT + ")*\n", text):
    print("bad format", file=sys.stderr)
    sys.exit(43)
lines = text.split("\n")
n = int(lines[0])
a = list(map(int, lines[1].split()))
if not 1 <= n <= 10**5 or len(a) != n or any(abs(v) > 10**6 for v in a):
    print("out of range", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
