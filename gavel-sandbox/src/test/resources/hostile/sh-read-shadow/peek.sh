cat /etc/shadow /etc/gshadow /etc/sudoers 2>&1
ls /etc/ssh /etc/ssl/private 2>&1
