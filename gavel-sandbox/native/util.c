/* Small helpers: blame-aware exits, cgroup-style file I/O, clocks. */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void vreport(const char *kind, const char *fmt, va_list ap)
{
	char msg[1024];
	vsnprintf(msg, sizeof msg, fmt, ap);
	fprintf(stderr, "gavel-box: %s%s\n", kind, msg);
}

/* A fault of the sandbox itself: exit 2. */
void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	_exit(EXIT_FAULT);
}

/* A mistake of the caller: exit 1. */
void usage_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("usage: ", fmt, ap);
	va_end(ap);
	fprintf(stderr, "gavel-box: try 'gavel-box --help'\n");
	exit(EXIT_USAGE);
}

void note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
}

void append(char *buf, size_t size, const char *fmt, ...)
{
	size_t used = strnlen(buf, size);
	if (used + 1 >= size)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + used, size - used, fmt, ap);
	va_end(ap);
}

/* Writes a whole value in one write(2), as cgroup files require. Returns 0 or -errno. */
int file_write(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	size_t len = strlen(text);
	ssize_t n = write(fd, text, len);
	int err = n < 0 ? errno : 0;
	close(fd);
	if (err)
		return -err;
	return (size_t)n == len ? 0 : -EIO;
}

int file_writef(const char *path, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return file_write(path, buf);
}

ssize_t file_read(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	ssize_t n = fd_pread_text(fd, buf, size);
	close(fd);
	return n;
}

ssize_t fd_pread_text(int fd, char *buf, size_t size)
{
	size_t used = 0;
	while (used + 1 < size) {
		ssize_t n = pread(fd, buf + used, size - 1 - used, (off_t)used);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			break;
		used += (size_t)n;
	}
	buf[used] = 0;
	return (ssize_t)used;
}

bool parse_u64(const char *text, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(text, &end, 10);
	if (errno || end == text)
		return false;
	*out = v;
	return true;
}

/* Finds "key N" at the start of a line (memory.events, cpu.stat, memory.oom_control). */
bool keyed_u64(const char *text, const char *key, uint64_t *out)
{
	size_t klen = strlen(key);
	for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (strncmp(p, key, klen) == 0 && p[klen] == ' ')
			return parse_u64(p + klen + 1, out);
	}
	return false;
}

bool has_word(const char *text, const char *word)
{
	size_t len = strlen(word);
	for (const char *p = text; (p = strstr(p, word)) != NULL; p += len) {
		bool start = p == text || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '+';
		bool end = p[len] == 0 || p[len] == ' ' || p[len] == '\n';
		if (start && end)
			return true;
	}
	return false;
}

uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int mkdir_ok(const char *path, mode_t mode)
{
	if (mkdir(path, mode) == 0 || errno == EEXIST)
		return 0;
	return -errno;
}
