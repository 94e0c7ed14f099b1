#!/usr/bin/env python3
# Input validator for Pair Sum.
import re
import sys

def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(43)

text = sys.stdin.buffer.read().decode("ascii")
INT = r"(?:0|-?[1-9][0-9]*)"
if not re.fullmatch(INT + " " + INT + "\n" + INT + "(?: " + INT + ")*\n", text):
    fail("bad format")
lines = text.split("\n")
n, s = map(int, lines[0].split())
a = list(map(int, lines[1].split()))
if not 1 <= n <= 10**5 or len(a) != n:
    fail("bad n")
if abs(s) > 2 * 10**9:
    fail("S out of range")
if any(abs(v) > 10**9 for v in a):
    fail("a_i out of range")
sys.exit(42)
