ls -la /box/.. 2>&1
cat /box/../secret.txt /box/../neighbour/secret.txt ../neighbour/secret.txt 2>&1
find / -xdev -name 'secret*' 2>/dev/null
echo looked
