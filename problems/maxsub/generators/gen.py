#!/usr/bin/env python3
"""Writes data/secret/group1 and group2 tests for Best Stretch.

Run from the package root:  python3 generators/gen.py
Deterministic (fixed seed). Answers by Kadane's algorithm.
group1: n <= 1000 (every answer fits in 32 bits). group2: n <= 10^5, answers up to ~10^11.
"""
import os
import random

random.seed(100)
V = 10**6


def kadane(a):
    best = cur = a[0]
    for v in a[1:]:
        cur = max(v, cur + v)
        best = max(best, cur)
    return best


def write(group, name, a):
    d = os.path.join("data", "secret", group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".in"), "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
    with open(os.path.join(d, name + ".ans"), "w") as f:
        f.write(f"{kadane(a)}\n")


def rand(n, lo=-V, hi=V):
    return [random.randint(lo, hi) for _ in range(n)]


def hills(n):
    """Long positive and negative runs: the best stretch is long, not a single value."""
    a = []
    while len(a) < n:
        sign = random.choice((1, -1))
        a += [sign * random.randint(0, V) for _ in range(random.randint(1, 50))]
    return a[:n]


# group1: n <= 1000
write("group1", "01-single", [7])
write("group1", "02-single-negative", [-V])
write("group1", "03-all-negative", rand(1000, -V, -1))
write("group1", "04-random", rand(1000))
write("group1", "05-hills", hills(1000))
write("group1", "06-all-positive-max", [V] * 1000)

# group2: n <= 10^5
write("group2", "01-random", rand(20000))
write("group2", "02-hills", hills(30000))
write("group2", "03-all-positive-big", rand(100000, V // 2, V))
write("group2", "04-all-negative", rand(20000, -V, -1))
write("group2", "05-mostly-positive", rand(40000, -V // 3, V))
