/*
 * The seccomp filter. Built once with libseccomp and exported as BPF, so that each run only pays
 * for one seccomp(2) call in the child. Dangerous calls go to the keeper through a user
 * notification listener: it answers -EPERM (the program carries on) and counts them by name.
 * Where notification is unavailable the same calls fail with EPERM directly, uncounted.
 * clone3 gets ENOSYS so that libc falls back to clone, whose flags a filter can see.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *const denied[] = {
	"ptrace", "process_vm_readv", "process_vm_writev", "mount", "umount", "umount2", "pivot_root", "chroot",
	"unshare", "setns", "bpf", "perf_event_open", "kexec_load", "kexec_file_load", "add_key", "request_key",
	"keyctl", "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd", "init_module",
	"finit_module", "delete_module", "reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd",
	"settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "sethostname", "setdomainname", "iopl",
	"ioperm", "open_by_handle_at", "name_to_handle_at", "kcmp", "fanotify_init", "lookup_dcookie",
	"vhangup", "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
	"pidfd_getfd", "syslog", "uselib", "nfsservctl", "vm86", "vm86old", "create_module", "get_kernel_syms",
	"query_module", "afs_syscall", "remap_file_pages", "migrate_pages",
	"move_pages",
};

static const uint64_t ns_flags[] = {
	CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET,
};

#define TRY(expr, what)                                                                        \
	do {                                                                                   \
		int rc_ = (expr);                                                              \
		if (rc_ < 0) {                                                                 \
			snprintf(why, len, "%s: %s", what, strerror(-rc_));                    \
			goto fail;                                                             \
		}                                                                              \
	} while (0)

bool filter_build(struct filter *f, bool notify, char *why, size_t len)
{
	uint32_t act = notify ? SCMP_ACT_NOTIFY : SCMP_ACT_ERRNO(EPERM);
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	int mfd = -1;
	if (!ctx) {
		snprintf(why, len, "seccomp_init failed");
		return false;
	}
	for (size_t i = 0; i < sizeof denied / sizeof denied[0]; i++) {
		int nr = seccomp_syscall_resolve_name(denied[i]);
		if (nr != __NR_SCMP_ERROR && nr >= 0)
			TRY(seccomp_rule_add(ctx, act, nr, 0), denied[i]);
	}
	for (size_t i = 0; i < sizeof ns_flags / sizeof ns_flags[0]; i++)
		TRY(seccomp_rule_add(ctx, act, SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, ns_flags[i], ns_flags[i])),
		    "clone");
	TRY(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0), "clone3");
	TRY(seccomp_rule_add(ctx, act, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, AF_PACKET)), "socket");
	TRY(seccomp_rule_add(ctx, act, SCMP_SYS(socket), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, 0xf, SOCK_RAW)), "socket");
	TRY(seccomp_rule_add(ctx, act, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, TIOCSTI)),
	    "ioctl");
	/*
	 * personality: only the default persona and the query (0xffffffff) pass. One rule per flag bit
	 * "bit set and top nibble clear" denies every other value without denying the query.
	 */
	for (int bit = 0; bit < 28; bit++) {
		uint64_t b = 1ull << bit;
		TRY(seccomp_rule_add(ctx, act, SCMP_SYS(personality), 1,
				     SCMP_A0(SCMP_CMP_MASKED_EQ, 0xf0000000ull | b, b)), "personality");
	}

	mfd = memfd_create("gavel-filter", MFD_CLOEXEC);
	if (mfd < 0) {
		snprintf(why, len, "memfd_create: %s", strerror(errno));
		goto fail;
	}
	TRY(seccomp_export_bpf(ctx, mfd), "export");
	off_t size = lseek(mfd, 0, SEEK_END);
	f->insns = malloc((size_t)size);
	if (!f->insns || pread(mfd, f->insns, (size_t)size, 0) != size) {
		snprintf(why, len, "reading the exported filter failed");
		goto fail;
	}
	f->len = (size_t)size;
	f->notify = notify;
	close(mfd);
	seccomp_release(ctx);
	return true;
fail:
	if (mfd >= 0)
		close(mfd);
	seccomp_release(ctx);
	return false;
}

/* Loads the filter into the calling process. Returns the listener fd (notify), 0, or -errno. */
int filter_install(const struct filter *f)
{
	struct sock_fprog prog = {
		.len = (unsigned short)(f->len / sizeof(struct sock_filter)),
		.filter = f->insns,
	};
	long rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
			  f->notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, &prog);
	return rc < 0 ? -errno : (int)rc;
}

/* Whether the kernel accepts our notify filter: tried in a throw-away child. */
bool filter_probe_notify(const struct filter *f)
{
	if (!f->notify)
		return false;
	pid_t pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0) {
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		_exit(filter_install(f) > 0 ? 0 : 1);
	}
	int st;
	if (waitpid(pid, &st, 0) < 0)
		return false;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void count(struct denials *d, int nr)
{
	for (int i = 0; i < d->n; i++) {
		if (d->e[i].nr == nr) {
			d->e[i].count++;
			return;
		}
	}
	if (d->n < (int)(sizeof d->e / sizeof d->e[0])) {
		d->e[d->n].nr = nr;
		d->e[d->n].count = 1;
		d->n++;
	}
}

/* Answers one pending notification with -EPERM and counts it. */
void filter_answer(int listener, struct denials *d)
{
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;
	memset(&req, 0, sizeof req);
	if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req) < 0)
		return;
	count(d, req.data.nr);
	memset(&resp, 0, sizeof resp);
	resp.id = req.id;
	resp.error = -EPERM;
	ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp);
}

void denials_format(const struct denials *d, char *buf, size_t size)
{
	buf[0] = 0;
	for (int i = 0; i < d->n; i++) {
		char *name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, d->e[i].nr);
		if (name)
			append(buf, size, "%s%s=%u", i ? "," : "", name, d->e[i].count);
		else
			append(buf, size, "%ssyscall-%d=%u", i ? "," : "", d->e[i].nr, d->e[i].count);
		free(name);
	}
}
