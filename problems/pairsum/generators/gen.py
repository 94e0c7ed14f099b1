#!/usr/bin/env python3
"""Writes data/sample/*.ans and data/secret/*.in/*.ans for Pair Sum.

Run from the package root:  python3 generators/gen.py
Deterministic (fixed seed). Each .ans holds one valid pair (smallest second index) or -1;
the output validator only uses it to know whether a pair exists.
"""
import os
import random

random.seed(777)
A = 10**9


def solve(s, a):
    seen = {}
    for j, v in enumerate(a):
        if s - v in seen:
            return f"{seen[s - v] + 1} {j + 1}"
        seen.setdefault(v, j)
    return "-1"


def write(path, s, a):
    with open(path + ".in", "w") as f:
        f.write(f"{len(a)} {s}\n{' '.join(map(str, a))}\n")
    with open(path + ".ans", "w") as f:
        f.write(solve(s, a) + "\n")


def read(path):
    with open(path + ".in") as f:
        t = list(map(int, f.read().split()))
    return t[1], t[2:]


for name in ("01", "02"):
    p = os.path.join("data", "sample", name)
    s, a = read(p)
    with open(p + ".ans", "w") as f:
        f.write(solve(s, a) + "\n")


def many_pairs(n, lo, hi):
    """Random values in [lo, hi] and S chosen so that many pairs exist."""
    a = [random.randint(lo, hi) for _ in range(n)]
    s = a[random.randrange(n)] + a[random.randrange(n)]
    return s, a


def no_pair(n):
    """All values even and S odd: no pair can exist."""
    a = [2 * random.randint(-A // 2, A // 2) for _ in range(n)]
    return 2 * random.randint(-A // 2, A // 2) + 1, a


def half_trap(n):
    """S = 2*a_k for a unique k, and no other pair: using k twice is the only 'pair'."""
    # The others are positive, so any pair among them sums to >= 2 > s (s < 0), and
    # half + other is odd while s is even.
    a = [2 * random.randint(0, A // 2) + 1 for _ in range(n - 1)]  # positive odd values
    half = 2 * random.randint(-A // 2, -1)                          # one negative even value
    s = 2 * half
    a.insert(random.randrange(n), half)
    return s, a


out = os.path.join("data", "secret")
os.makedirs(out, exist_ok=True)
cases = [
    ("01-two-elements", (0, [A, -A])),
    ("02-one-element", (2, [1])),
    ("03-half-trap-small", (10, [5, 3, 8, 1])),
    ("04-duplicates", (8, [4, 4, 4, 4, 4])),
    ("05-many-pairs-small", many_pairs(20, 1, 10)),
    ("06-extremes", (-2 * A, [A, -A, 0, -A, A])),
    ("07-no-pair", no_pair(1000)),
    ("08-half-trap", half_trap(1000)),
    ("09-many-pairs", many_pairs(20000, -1000, 1000)),
    ("10-random-large", many_pairs(50000, -A, A)),
    ("11-no-pair-large", no_pair(50000)),
]
for name, (s, a) in cases:
    write(os.path.join(out, name), s, a)
