for p in /gavel-x /usr/gavel-x /etc/gavel-x /bin/gavel-x /lib/gavel-x /dev/gavel-x /proc/gavel-x /opt/gavel/gavel-x /tmp/../gavel-x; do
  if (echo pwned > "$p") 2>/dev/null; then echo "created $p"; fi
done
echo 1 > /proc/sys/kernel/panic 2>/dev/null && echo "sysctl written"
echo tried
