#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Wrong letter case: rejected because problem.yaml sets validator_flags: case_sensitive.
print("hello, world!")
