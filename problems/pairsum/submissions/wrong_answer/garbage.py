#!/usr/bin/env python3
# @EXPECTED_RESULTS@: WRONG-ANSWER
# Non-numeric output, including bytes that are not valid UTF-8: the validator must say
# "wrong answer", never crash.
import sys
sys.stdout.buffer.write(b"the answer is \xff\xfe 1 2\n")
