import sys
sys.stdout.write("x" * (50 << 20))
