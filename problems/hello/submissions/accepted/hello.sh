#!/bin/bash
# @EXPECTED_RESULTS@: CORRECT
# No trailing newline on purpose: the default validator compares tokens, so it is still accepted.
printf 'Hello, World!'
