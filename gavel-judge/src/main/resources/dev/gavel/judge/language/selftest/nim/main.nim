import strutils

let s = stdin.readAll().strip()
if s == "":
  echo "Hello, World!"
elif s == "re":
  raise newException(ValueError, "runtime error on purpose")
elif s == "tle":
  var x = 0
  while true:
    x = (x + 1) mod 1_000_000_007
elif s == "mle":
  var keep: seq[string]
  while true:
    keep.add(repeat('x', 1 shl 20))
else:
  let t = s.splitWhitespace()
  echo parseBiggestInt(t[0]) + parseBiggestInt(t[1])
