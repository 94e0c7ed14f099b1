#!/usr/bin/env python3
# Input validator for A Plus B: exactly "A B\n", |A|,|B| <= 10^18, canonical integers.
import re
import sys

data = sys.stdin.buffer.read().decode("ascii", "strict")
m = re.fullmatch(r"(0|-?[1-9][0-9]*) (0|-?[1-9][0-9]*)\n", data)
if not m:
    print("bad format", file=sys.stderr)
    sys.exit(43)
for tok in m.groups():
    if abs(int(tok)) > 10**18:
        print("out of range:", tok, file=sys.stderr)
        sys.exit(43)
sys.exit(42)
