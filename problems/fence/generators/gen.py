#!/usr/bin/env python3
"""Writes data/sample/*.ans and data/secret/*.in/*.ans for Fence Length.

Run from the package root:  python3 generators/gen.py
Deterministic (fixed seed). Answers are computed with math.fsum and written with 10
decimals (the validator accepts 1e-6 absolute or relative error).
"""
import math
import os
import random

random.seed(4242)
C = 10**4


def perimeter(pts):
    return math.fsum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))


def write(path, pts):
    with open(path + ".in", "w") as f:
        f.write(f"{len(pts)}\n")
        for x, y in pts:
            f.write(f"{x} {y}\n")
    write_ans(path, pts)


def write_ans(path, pts):
    with open(path + ".ans", "w") as f:
        f.write(f"{perimeter(pts):.10f}\n")


def read(path):
    with open(path + ".in") as f:
        toks = list(map(int, f.read().split()))
    n = toks[0]
    return [(toks[1 + 2 * i], toks[2 + 2 * i]) for i in range(n)]


def random_walk(n, step):
    pts = []
    x = y = 0
    while len(pts) < n:
        nx = max(-C, min(C, x + random.randint(-step, step)))
        ny = max(-C, min(C, y + random.randint(-step, step)))
        if pts and (nx, ny) == pts[-1]:
            continue
        x, y = nx, ny
        pts.append((x, y))
    if pts[-1] == pts[0]:
        pts[-1] = (pts[-1][0] + (1 if pts[-1][0] < C else -1), pts[-1][1])
    return pts


for name in ("01", "02"):
    write_ans(os.path.join("data", "sample", name), read(os.path.join("data", "sample", name)))

out = os.path.join("data", "secret")
os.makedirs(out, exist_ok=True)
cases = [
    ("01-unit-square", [(0, 0), (1, 0), (1, 1), (0, 1)]),
    ("02-diagonals", [(0, 0), (1, 1), (2, 0), (3, 1), (4, 0), (2, -2)]),
    ("03-back-and-forth", [(-C, -C), (C, C), (-C, C)]),
    ("04-long-thin", [(-C, 0), (C, 1), (-C, 2)]),
    ("05-tiny-steps", random_walk(2000, 1)),
    ("06-random-walk", random_walk(5000, 50)),
    ("07-random-far", [(random.randint(-C, C), random.randint(-C, C)) for _ in range(3000)]),
    ("08-max-n", random_walk(100000, 3)),
]
for name, pts in cases:
    write(os.path.join(out, name), pts)
