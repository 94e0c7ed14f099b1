#!/usr/bin/env python3
"""Writes data/secret/*.in and *.ans for A Plus B.

Run from the package root:  python3 generators/gen.py
Deterministic (fixed seed), so re-running gives the same files.
"""
import random
import os

LIM = 10**18
random.seed(20261126)

cases = [
    ("01-small", 3, 4),
    ("02-zero", 0, 0),
    ("03-negative", -5, 3),
    ("04-int32-edge", 2147483647, 1),
    ("05-int32-negative-edge", -2147483648, -1),
    ("06-big", 123456789012345678, 876543210987654321),
    ("07-max", LIM, LIM),
    ("08-min", -LIM, -LIM),
    ("09-cancel", LIM, -LIM),
    ("10-random", random.randint(-LIM, LIM), random.randint(-LIM, LIM)),
    ("11-random", random.randint(-LIM, LIM), random.randint(-LIM, LIM)),
    ("12-random-small", random.randint(-1000, 1000), random.randint(-1000, 1000)),
]

out = os.path.join("data", "secret")
os.makedirs(out, exist_ok=True)
for name, a, b in cases:
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(f"{a} {b}\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(f"{a + b}\n")
