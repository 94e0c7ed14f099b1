#!/usr/bin/env python3
"""Writes data/secret/*.in and *.ans for Guess the Number.

Run from the package root:  python3 generators/gen.py
Each .in holds the secret number; the .ans repeats it (the interactor only reads the .in).
"""
import os
import random

random.seed(31)
M = 10**9
cases = [
    ("01-one", 1),
    ("02-max", M),
    ("03-two", 2),
    ("04-max-minus-one", M - 1),
    ("05-middle", 500000000),
    ("06-middle-plus-one", 500000001),
    ("07-power-of-two", 1 << 29),
    ("08-small", 37),
    ("09-random", random.randint(1, M)),
    ("10-random", random.randint(1, M)),
    ("11-random", random.randint(1, M)),
]
out = os.path.join("data", "secret")
os.makedirs(out, exist_ok=True)
for name, x in cases:
    for ext in (".in", ".ans"):
        with open(os.path.join(out, name + ext), "w") as f:
            f.write(f"{x}\n")
