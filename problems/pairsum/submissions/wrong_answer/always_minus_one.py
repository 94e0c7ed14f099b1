#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Claims there is never a pair: the validator knows (from the .ans file) that there is one.
print(-1)
