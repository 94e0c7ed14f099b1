import sys


def main():
    data = sys.stdin.read().strip()
    if data == "":
        # f-strings and := need Python 3.8: a Python 2 or old Python 3 fails here.
        if (greeting := "Hello"):
            print(f"{greeting}, World!")
    elif data == "re":
        raise RuntimeError("runtime error on purpose")
    elif data == "tle":
        x = 0
        while True:
            x += 1
    elif data == "mle":
        keep = []
        while True:
            keep.append(b"x" * (1 << 20))
    else:
        a, b = map(int, data.split())
        print(a + b)


if __name__ == "__main__":
    main()
