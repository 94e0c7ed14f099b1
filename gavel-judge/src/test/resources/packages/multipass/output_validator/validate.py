import os
import sys

# Pass 1: input n, expects 2n and asks for pass 2 with input "again 2n". Pass 2: expects 2n + 1.
inp, feedback = open(sys.argv[1]).read().split(), sys.argv[3]
out = sys.stdin.read().split()


def verdict(code, message):
    with open(os.path.join(feedback, "judgemessage.txt"), "w") as f:
        f.write(message)
    sys.exit(code)


state = os.path.join(feedback, "state")
if not out or not out[0].lstrip("-").isdigit():
    verdict(43, "expected a number")
got = int(out[0])
if not os.path.exists(state):
    n = int(inp[0])
    if got != 2 * n:
        verdict(43, "pass 1: expected %d, got %d" % (2 * n, got))
    with open(state, "w") as f:
        f.write(str(got))
    with open(os.path.join(feedback, "nextpass.in"), "w") as f:
        f.write("again %d\n" % got)
    sys.exit(42)
want = int(open(state).read()) + 1
if got != want:
    verdict(43, "pass 2: expected %d, got %d" % (want, got))
sys.exit(42)
