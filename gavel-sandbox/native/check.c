/*
 * --check: which isolation features work on this machine. Each is tried for real in a
 * throw-away child, never assumed from a version number.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static bool in_child(int (*fn)(void *), void *arg)
{
	pid_t pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0)
		_exit(fn(arg));
	int st;
	if (waitpid(pid, &st, 0) < 0)
		return false;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static int try_unshare(void *arg)
{
	return unshare(*(int *)arg) == 0 ? 0 : 1;
}

static int try_tmpfs(void *arg)
{
	(void)arg;
	if (unshare(CLONE_NEWNS) < 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return 1;
	return mount("gavel-check", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") == 0 ? 0 : 1;
}

static int try_nnp(void *arg)
{
	(void)arg;
	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1 ? 0 : 1;
}

static int try_filter(void *arg)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	return filter_install(arg) >= 0 ? 0 : 1;
}

static void line(const char *key, bool yes, const char *detail)
{
	printf("%s:%s%s%s\n", key, yes ? "yes" : "no", detail[0] ? " " : "", detail);
}

int check_print(const struct setup *s)
{
	static const struct { const char *key; int flag; } ns[] = {
		{"ns-mount", CLONE_NEWNS}, {"ns-pid", CLONE_NEWPID}, {"ns-net", CLONE_NEWNET},
		{"ns-ipc", CLONE_NEWIPC}, {"ns-uts", CLONE_NEWUTS}, {"ns-cgroup", CLONE_NEWCGROUP},
	};
	char why[512];
	bool root = geteuid() == 0;
	line("root", root, root ? "" : "gavel-box must run as root");
	for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
		int flag = ns[i].flag;
		line(ns[i].key, in_child(try_unshare, &flag), "");
	}
	int user = CLONE_NEWUSER;
	bool user_ok = in_child(try_unshare, &user);
	line("ns-user", false, user_ok ? "available but not used: programs run as an unprivileged uid in the initial user namespace"
				       : "not available; not used");

	struct cgroup cg;
	if (cgroup_choose(&cg, s->cgroup_root, s->cgroup_version, why, sizeof why)) {
		char d[300];
		snprintf(d, sizeof d, "%s %s", cg.ops->version, cg.detail);
		line("cgroup", true, d);
	} else {
		line("cgroup", false, why);
	}

	struct filter f;
	bool built = filter_build(&f, true, why, sizeof why);
	bool notify = built && filter_probe_notify(&f);
	if (!notify)
		built = filter_build(&f, false, why, sizeof why);
	bool loaded = built && in_child(try_filter, &f);
	snprintf(why, sizeof why, "libseccomp %u.%u.%u, api level %u", seccomp_version()->major,
		 seccomp_version()->minor, seccomp_version()->micro, seccomp_api_get());
	line("seccomp", loaded, why);
	line("seccomp-notify", notify,
	     notify ? "denied syscalls answered EPERM and counted by name" : "denied syscalls fail with EPERM, not counted");
	line("tmpfs", in_child(try_tmpfs, NULL), "");
	line("no-new-privs", in_child(try_nnp, NULL), "");
	return EXIT_RESULT;
}
