#!/usr/bin/env python3
# Input validator for Fence Length.
import re
import sys

lines = sys.stdin.buffer.read().decode("ascii").split("\n")
INT = r"(0|-?[1-9][0-9]*)"
def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(43)
if not lines or lines[-1] != "":
    fail("missing final newline")
lines = lines[:-1]
if not re.fullmatch(r"[1-9][0-9]*", lines[0]):
    fail("bad n")
n = int(lines[0])
if not 3 <= n <= 10**5 or len(lines) != n + 1:
    fail("n out of range or wrong number of lines")
pts = []
for line in lines[1:]:
    m = re.fullmatch(INT + " " + INT, line)
    if not m:
        fail("bad point line: " + line)
    x, y = int(m.group(1)), int(m.group(2))
    if abs(x) > 10**4 or abs(y) > 10**4:
        fail("coordinate out of range")
    pts.append((x, y))
for i in range(n):
    if pts[i] == pts[(i + 1) % n]:
        fail(f"posts {i + 1} and {(i + 1) % n + 1} coincide")
sys.exit(42)
