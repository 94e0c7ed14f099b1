#!/usr/bin/perl
# @EXPECTED_RESULTS@: CORRECT
use strict;
use warnings;
print "Hello, World!\n";
