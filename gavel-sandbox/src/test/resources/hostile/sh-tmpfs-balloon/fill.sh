# files in /tmp live in memory: they must count towards the memory limit
head -c 200000000 /dev/zero > /tmp/fill
echo "wrote $(stat -c %s /tmp/fill)"
