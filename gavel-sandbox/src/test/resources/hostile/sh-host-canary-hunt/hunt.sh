# the host keeps a canary in its /tmp; this /tmp must be another one
ls -la /tmp
for f in /tmp/gavel-canary-* /box/../tmp/gavel-canary-*; do echo overwritten > "$f" 2>/dev/null && echo "wrote $f"; done
echo hunted
