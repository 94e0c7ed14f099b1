/*
 * The sandbox's view of the filesystem, built once per helper by the keeper:
 *
 *   /run/gavel-box            tmpfs, 0700, private to this mount namespace (mask sources live here)
 *   /run/gavel-box/root       tmpfs, read-only once built: the programs' /
 *       usr bin lib lib64 sbin etc opt/gavel   read-only, nosuid, nodev binds of the host
 *       (host symlinks such as /bin -> usr/bin are recreated as symlinks)
 *       etc/shadow ...       masked by an empty 0000 file or directory
 *       dev                  tmpfs: null zero full random urandom, fd/stdin/stdout/stderr links, shm -> /tmp
 *       proc                 proc of the new pid namespace, hidepid=2; /proc/sys read-only
 *       tmp                  per run: a fresh size-capped tmpfs
 *       box                  per run: the work dir, bound read-write, nosuid, nodev
 * The mount namespace is private, so none of this is seen by the host and all of it goes away
 * with the keeper.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define BASE "/run/gavel-box"
const char root_dir[] = BASE "/root";

static const char *const default_binds[] = {"/usr", "/bin", "/lib", "/lib64", "/sbin", "/etc", "/opt/gavel"};

/* Kernel interfaces a program has no business reading, hidden as container runtimes hide them. */
static const char *const masked_proc[] = {
	"/proc/kallsyms", "/proc/kcore", "/proc/sysrq-trigger", "/proc/timer_list", "/proc/sched_debug",
	"/proc/kpagecount", "/proc/kpageflags", "/proc/kpagecgroup", "/proc/keys", "/proc/key-users",
	"/proc/latency_stats", "/proc/acpi", "/proc/scsi", "/proc/config.gz",
};

static const char *const masked[] = {
	"/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/gshadow-", "/etc/sudoers", "/etc/sudoers.d",
	"/etc/ssh", "/etc/ssl/private", "/etc/security/opasswd", "/etc/machine-id", "/etc/.pwd.lock",
};

void ns_enter(void)
{
	/*
	 * No cgroup namespace here: each run's child makes its own once it has joined its cgroup.
	 * Unsharing it now would root it at our current cgroup, and on a cgroup2 mounted with
	 * nsdelegate a child could then not move into the run's cgroup, which lies outside.
	 */
	if (unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS) < 0)
		die("unshare of namespaces: %m");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		die("making mounts private: %m");
	if (sethostname("gavel-box", 9) < 0)
		die("sethostname: %m");
}

static void inside(char *out, size_t size, const char *path)
{
	snprintf(out, size, "%s%s", root_dir, path);
}

/* mkdir -p of a path inside the root (the path itself included). */
static void mkdirs(const char *path)
{
	char buf[PATH_MAX];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + strlen(root_dir) + 1; *p; p++) {
		if (*p == '/') {
			*p = 0;
			if (mkdir_ok(buf, 0755) < 0)
				die("mkdir %s: %m", buf);
			*p = '/';
		}
	}
	if (mkdir_ok(buf, 0755) < 0)
		die("mkdir %s: %m", buf);
}

static void remount_ro(const char *target, unsigned long extra)
{
	if (mount(NULL, target, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | extra, NULL) < 0)
		die("remount read-only %s: %m", target);
}

static void bind_ro(const char *host, const char *in, bool optional)
{
	struct stat st;
	char target[PATH_MAX];
	if (lstat(host, &st) < 0) {
		if (optional)
			return;
		die("--ro-bind: %s: %m", host);
	}
	inside(target, sizeof target, in);
	if (S_ISLNK(st.st_mode) && optional) {
		char link[PATH_MAX];
		ssize_t n = readlink(host, link, sizeof link - 1);
		if (n < 0)
			die("readlink %s: %m", host);
		link[n] = 0;
		if (symlink(link, target) < 0 && errno != EEXIST)
			die("symlink %s: %m", target);
		return;
	}
	if (stat(host, &st) < 0)
		die("--ro-bind: %s: %m", host);
	if (S_ISDIR(st.st_mode)) {
		mkdirs(target);
	} else {
		char *slash = strrchr(target, '/');
		*slash = 0;
		mkdirs(target);
		*slash = '/';
		int fd = open(target, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
		if (fd < 0)
			die("create %s: %m", target);
		close(fd);
	}
	if (mount(host, target, NULL, MS_BIND, NULL) < 0)
		die("bind %s: %m", host);
	remount_ro(target, 0);
}

static void mask(const char *path)
{
	char target[PATH_MAX];
	struct stat st;
	inside(target, sizeof target, path);
	if (lstat(target, &st) < 0 || S_ISLNK(st.st_mode))
		return;
	const char *src = S_ISDIR(st.st_mode) ? BASE "/emptydir" : BASE "/empty";
	if (mount(src, target, NULL, MS_BIND, NULL) < 0)
		die("mask %s: %m", path);
	remount_ro(target, MS_NOEXEC);
}

static void make_dev(void)
{
	char dev[PATH_MAX], p[PATH_MAX];
	static const struct { const char *name; int minor; } nodes[] = {
		{"null", 3}, {"zero", 5}, {"full", 7}, {"random", 8}, {"urandom", 9},
	};
	static const struct { const char *name, *to; } links[] = {
		{"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"}, {"stdout", "/proc/self/fd/1"},
		{"stderr", "/proc/self/fd/2"}, {"shm", "/tmp"},
	};
	inside(dev, sizeof dev, "/dev");
	mkdirs(dev);
	if (mount("gavel-dev", dev, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755") < 0)
		die("mount /dev: %m");
	for (size_t i = 0; i < sizeof nodes / sizeof nodes[0]; i++) {
		snprintf(p, sizeof p, "%s/%s", dev, nodes[i].name);
		if (mknod(p, S_IFCHR | 0666, makedev(1, nodes[i].minor)) < 0 || chmod(p, 0666) < 0)
			die("mknod %s: %m", p);
	}
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		snprintf(p, sizeof p, "%s/%s", dev, links[i].name);
		if (symlink(links[i].to, p) < 0)
			die("symlink %s: %m", p);
	}
	if (mount(NULL, dev, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755") < 0)
		die("remount /dev: %m");
}

void root_prepare(const struct setup *s)
{
	char p[PATH_MAX];
	if (mkdir_ok("/run", 0755) < 0 || mkdir_ok(BASE, 0700) < 0)
		die("mkdir " BASE ": %m");
	if (mount("gavel-box", BASE, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0700") < 0)
		die("mount tmpfs on " BASE ": %m");
	int fd = open(BASE "/empty", O_WRONLY | O_CREAT | O_CLOEXEC, 0);
	if (fd < 0 || mkdir(BASE "/emptydir", 0) < 0 || mkdir(root_dir, 0755) < 0)
		die("populating " BASE ": %m");
	close(fd);
	if (mount("gavel-root", root_dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=256k,nr_inodes=4096,mode=0755") < 0)
		die("mount tmpfs on %s: %m", root_dir);

	if (s->default_binds)
		for (size_t i = 0; i < sizeof default_binds / sizeof default_binds[0]; i++)
			bind_ro(default_binds[i], default_binds[i], true);
	for (int i = 0; i < s->n_binds; i++)
		bind_ro(s->binds[i].host, s->binds[i].inside, false);
	for (size_t i = 0; i < sizeof masked / sizeof masked[0]; i++)
		mask(masked[i]);
	for (int i = 0; i < s->n_masks; i++)
		mask(s->masks[i]);

	make_dev();
	inside(p, sizeof p, "/proc");
	mkdirs(p);
	if (mount("proc", p, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2") < 0)
		die("mount /proc: %m");
	inside(p, sizeof p, "/proc/sys");
	if (mount(p, p, NULL, MS_BIND | MS_REC, NULL) < 0)
		die("bind /proc/sys: %m");
	remount_ro(p, MS_NOEXEC);
	for (size_t i = 0; i < sizeof masked_proc / sizeof masked_proc[0]; i++)
		mask(masked_proc[i]);
	inside(p, sizeof p, "/tmp");
	mkdirs(p);
	inside(p, sizeof p, "/box");
	mkdirs(p);
	if (mount(NULL, root_dir, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, "size=256k,nr_inodes=4096,mode=0755") < 0)
		die("remount the root read-only: %m");
}

bool root_run_mounts(const struct setup *s, const struct run_req *r, char *why, size_t len)
{
	char p[PATH_MAX], opts[64];
	inside(p, sizeof p, "/tmp");
	snprintf(opts, sizeof opts, "size=%ldk,nr_inodes=16384,mode=1777", s->tmp_kib);
	if (mount("gavel-tmp", p, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0) {
		snprintf(why, len, "mount /tmp: %s", strerror(errno));
		return false;
	}
	if (!r->workdir)
		return true;
	/*
	 * The work dir may have held an earlier run: never follow a link a program could have planted
	 * there, so chown and bind exactly the directory that was named.
	 */
	int fd = open(r->workdir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, len, "work dir %s: %s", r->workdir, strerror(errno));
		return false;
	}
	char self[64];
	snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
	inside(p, sizeof p, "/box");
	bool ok = fchown(fd, (uid_t)s->uid, (gid_t)s->uid) == 0 && fchmod(fd, 0755) == 0;
	if (!ok) {
		snprintf(why, len, "chown work dir %s: %s", r->workdir, strerror(errno));
	} else if (mount(self, p, NULL, MS_BIND, NULL) < 0 ||
		   mount(NULL, p, NULL, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV, NULL) < 0) {
		snprintf(why, len, "bind work dir %s: %s", r->workdir, strerror(errno));
		ok = false;
	}
	close(fd);
	return ok;
}

void root_run_unmount(void)
{
	char p[PATH_MAX];
	inside(p, sizeof p, "/box");
	while (umount2(p, MNT_DETACH) == 0)
		;
	inside(p, sizeof p, "/tmp");
	while (umount2(p, MNT_DETACH) == 0)
		;
}
