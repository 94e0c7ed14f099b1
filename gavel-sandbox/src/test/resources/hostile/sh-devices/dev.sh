ls /dev
for d in /dev/sda /dev/vda /dev/mem /dev/kmem /dev/port /dev/kmsg /dev/tty /dev/console; do
  [ -e "$d" ] && echo "present $d"
done
echo x > /dev/full 2>/dev/null || echo "full is full"
echo checked
