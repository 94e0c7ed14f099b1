#!/usr/bin/env python3
# @EXPECTED_RESULTS@: CORRECT
print("Hello, World!")
