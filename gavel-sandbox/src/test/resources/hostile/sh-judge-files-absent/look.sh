for d in /work /root /home /var /sys /run /srv /mnt /media /boot /lost+found /opt/java; do
  if [ -e "$d" ]; then echo "present $d"; ls -la "$d" 2>&1 | head -5; fi
done
ls /
echo checked
