import sys

# Guess a number in [1, 1000] with at most 12 guesses; answers "lower", "higher" or "correct".
secret = int(open(sys.argv[1]).read())
feedback = sys.argv[3]


def verdict(code, message):
    with open(feedback + "/judgemessage.txt", "w") as f:
        f.write(message)
    sys.exit(code)


for turn in range(1, 13):
    line = sys.stdin.readline()
    if not line:
        verdict(43, "no guess %d: the submission stopped talking" % turn)
    try:
        guess = int(line)
    except ValueError:
        verdict(43, "guess %d is not a number: %r" % (turn, line.strip()[:40]))
    if guess == secret:
        print("correct", flush=True)
        verdict(42, "found %d in %d guesses" % (secret, turn))
    print("lower" if secret < guess else "higher", flush=True)
verdict(43, "no correct guess in 12 tries (secret %d)" % secret)
