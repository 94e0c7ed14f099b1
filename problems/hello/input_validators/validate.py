#!/usr/bin/env python3
# Input validator: the input must be empty. Exit 42 = valid, 43 = invalid.
import sys
data = sys.stdin.buffer.read()
sys.exit(42 if data == b"" else 43)
