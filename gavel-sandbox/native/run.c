/*
 * One run: standard streams, per-run mounts and cgroups, the child's way to execve, and the
 * keeper's watch until every process of the run is gone.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define POLL_MS 10
#define DEFAULT_PATH "PATH=/usr/local/bin:/usr/bin:/bin"

/* Fixed fds in the child between close_range and execve. */
enum { FD_STATUS = 3, FD_SOCK = 4 };

struct stream {
	int child_fd;       /* what the program gets */
	int pipe_rd;        /* keeper's end when the keeper copies, else -1 */
	int file_fd;        /* destination of the copy */
	uint64_t written;
	bool truncated;
};

struct run_state {
	pid_t main;
	bool main_done;
	int main_status;
};

static void reap(void *arg)
{
	struct run_state *st = arg;
	int status;
	pid_t p;
	while ((p = waitpid(-1, &status, WNOHANG)) > 0) {
		if (p == st->main) {
			st->main_done = true;
			st->main_status = status;
		}
	}
}

static void closep(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* ---- child ---- */

/* Tells the keeper, through the status pipe at status_fd, why the program will not run, and exits. */
static void child_fail_to(int status_fd, char kind, const char *what, int err) __attribute__((noreturn));
static void child_fail_to(int status_fd, char kind, const char *what, int err)
{
	char msg[600];
	int n = snprintf(msg, sizeof msg, "%c%s: %s", kind, what, strerror(err));
	if (n > 0 && write(status_fd, msg, (size_t)n) < 0)
		_exit(126);
	if (kind == 'X') {
		/* Tell the program's reader too, as a shell would. */
		n = snprintf(msg, sizeof msg, "gavel-box: cannot execute %s: %s\n", what, strerror(err));
		if (n > 0 && write(2, msg, (size_t)n) < 0)
			_exit(126);
	}
	_exit(kind == 'X' ? (err == ENOENT ? 127 : 126) : 125);
}

static void child_fail(char kind, const char *what, int err) __attribute__((noreturn));
static void child_fail(char kind, const char *what, int err)
{
	child_fail_to(FD_STATUS, kind, what, err);
}

static bool send_fd(int sock, int fd)
{
	char data = 'L';
	struct iovec iov = {.iov_base = &data, .iov_len = 1};
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	memset(&u, 0, sizeof u);
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	return sendmsg(sock, &msg, MSG_NOSIGNAL) == 1;
}

static int recv_fd(int sock)
{
	char data;
	struct iovec iov = {.iov_base = &data, .iov_len = 1};
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
	ssize_t n;
	while ((n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (n != 1)
		return -1;
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	if (!c || c->cmsg_type != SCM_RIGHTS)
		return -1;
	int fd;
	memcpy(&fd, CMSG_DATA(c), sizeof fd);
	return fd;
}

static void set_limit(int res, rlim_t soft, rlim_t hard, const char *what)
{
	struct rlimit rl = {.rlim_cur = soft, .rlim_max = hard};
	if (setrlimit(res, &rl) < 0)
		child_fail('F', what, errno);
}

static void child_exec(const struct setup *s, struct cgroup *cg, const struct filter *f, const struct run_req *r,
		       struct stream *out, struct stream *err, int in_fd, int status_fd, int sock_fd)
	__attribute__((noreturn));
static void child_exec(const struct setup *s, struct cgroup *cg, const struct filter *f, const struct run_req *r,
		       struct stream *out, struct stream *err, int in_fd, int status_fd, int sock_fd)
{
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);

	/* Join first: the cgroup fds may sit where the stdio juggling below puts other fds. */
	for (int i = 0; i < cg->n; i++)
		if (cg->join_fd[i] < 0 || write(cg->join_fd[i], "0", 1) != 1)
			child_fail_to(status_fd, 'F', "joining the run's cgroup", cg->join_fd[i] < 0 ? EBADF : errno);
	/* Everything to high fds first, so that no dup2 below overwrites an fd still needed. */
	int hi[5] = {in_fd, out->child_fd, err ? err->child_fd : out->child_fd, status_fd, sock_fd};
	for (int i = 0; i < 5; i++)
		if ((hi[i] = fcntl(hi[i], F_DUPFD, 100)) < 0)
			child_fail_to(status_fd, 'F', "moving fds", errno);
	if (dup3(hi[3], FD_STATUS, O_CLOEXEC) < 0 || dup2(hi[4], FD_SOCK) < 0)
		child_fail_to(hi[3], 'F', "moving fds", errno);
	if (dup2(hi[0], 0) < 0 || dup2(hi[1], 1) < 0 || dup2(r->err_to_out ? hi[1] : hi[2], 2) < 0)
		child_fail('F', "standard streams", errno);

	/*
	 * A pooled helper serves many submissions: SysV and POSIX IPC objects must die with the run.
	 * The cgroup namespace is rooted at the run's cgroup, so the program sees no other.
	 */
	if (unshare(CLONE_NEWIPC | CLONE_NEWCGROUP) < 0)
		child_fail('F', "unshare ipc and cgroup namespaces", errno);
	if (setsid() < 0)
		child_fail('F', "setsid", errno);
	if (chdir(root_dir) < 0 || chroot(".") < 0 || chdir("/box") < 0)
		child_fail('F', "entering the sandbox root", errno);

	/*
	 * RLIMIT_CPU is only a backstop, a second past the limit: the kernel charges whole ticks to whoever
	 * is running, so under load SIGXCPU can come well before the cgroup's exact count reaches the limit.
	 * The keeper's polling of the cgroup decides.
	 */
	rlim_t cpu_s = (rlim_t)((r->cpu_ms + 999) / 1000) + 1;
	set_limit(RLIMIT_CPU, cpu_s, cpu_s + 1, "RLIMIT_CPU");
	set_limit(RLIMIT_NOFILE, (rlim_t)r->nofile, (rlim_t)r->nofile, "RLIMIT_NOFILE");
	set_limit(RLIMIT_FSIZE, (rlim_t)r->fsize_kib * 1024, (rlim_t)r->fsize_kib * 1024, "RLIMIT_FSIZE");
	set_limit(RLIMIT_STACK, (rlim_t)r->stack_kib * 1024, (rlim_t)r->stack_kib * 1024, "RLIMIT_STACK");
	set_limit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE");
	set_limit(RLIMIT_MEMLOCK, 0, 0, "RLIMIT_MEMLOCK");

	if (syscall(SYS_close_range, FD_SOCK + 1, ~0U, 0) < 0)
		child_fail('F', "close_range", errno);
	gid_t gid = (gid_t)s->uid;
	/* Raw system calls: glibc's wrappers would try to broadcast the change to the keeper's threads. */
	if (syscall(SYS_setgroups, 0, NULL) < 0 || syscall(SYS_setresgid, gid, gid, gid) < 0 ||
	    syscall(SYS_setresuid, (uid_t)s->uid, (uid_t)s->uid, (uid_t)s->uid) < 0)
		child_fail('F', "dropping to the box uid", errno);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		child_fail('F', "no_new_privs", errno);

	const char *envp[BOX_MAX_ENV + 2];
	const char *path = NULL;
	int n = 0;
	for (int i = 0; i < r->n_env; i++) {
		if (strncmp(r->env[i], "PATH=", 5) == 0)
			path = r->env[i] + 5;
		envp[n++] = r->env[i];
	}
	if (!path) {
		envp[n++] = DEFAULT_PATH;
		path = DEFAULT_PATH + 5;
	}
	envp[n] = NULL;

	int listener = filter_install(f);
	if (listener < 0)
		child_fail('F', "seccomp", -listener);
	if (f->notify) {
		if (!send_fd(FD_SOCK, listener))
			child_fail('F', "passing the seccomp listener", errno);
		close(listener);
	}
	close(FD_SOCK);

	const char *prog = r->argv[0];
	if (strchr(prog, '/')) {
		execve(prog, r->argv, (char *const *)envp);
		child_fail('X', prog, errno);
	}
	int last = ENOENT;
	char full[PATH_MAX];
	for (const char *p = path; *p;) {
		const char *colon = strchrnul(p, ':');
		snprintf(full, sizeof full, "%.*s/%s", (int)(colon - p), p, prog);
		execve(full, r->argv, (char *const *)envp);
		if (errno != ENOENT && errno != ENOTDIR)
			last = errno;
		p = *colon ? colon + 1 : colon;
	}
	child_fail('X', prog, last);
}

/*
 * The child is started like posix_spawn starts one: clone(CLONE_VM | CLONE_VFORK) on a stack of its own. The
 * keeper's page tables are not copied and the keeper sleeps until the child has exec'd (or failed), so the
 * child runs at once on the keeper's CPU. Until exec the child shares the keeper's memory: child_exec only
 * makes system calls and formats into its own stack, and the keeper does nothing meanwhile.
 */
struct child_args {
	const struct setup *s;
	struct cgroup *cg;
	const struct filter *f;
	const struct run_req *r;
	struct stream *out, *err;
	int in_fd, status_fd, sock_fd;
};

#define CHILD_STACK_SIZE (256 * 1024)

static int child_main(void *arg)
{
	struct child_args *a = arg;
	child_exec(a->s, a->cg, a->f, a->r, a->out, a->err, a->in_fd, a->status_fd, a->sock_fd);
}

static pid_t spawn_child(struct child_args *a)
{
	static char *stack;
	if (!stack) {
		stack = mmap(NULL, CHILD_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
		if (stack == MAP_FAILED) {
			stack = NULL;
			return -1;
		}
	}
	return clone(child_main, stack + CHILD_STACK_SIZE, CLONE_VM | CLONE_VFORK | SIGCHLD, a);
}

/* ---- keeper: standard streams ---- */

/* The keeper opens non-blocking so that a FIFO never makes it wait; the program gets blocking fds. */
static void set_blocking(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
}

static int open_input(const char *path, char *why, size_t len)
{
	const char *p = path ? path : "/dev/null";
	struct stat st;
	int fd;
	/* Non-blocking: a FIFO read end then never waits for its writer. No links: see open_output. */
	fd = open(p, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, len, "stdin %s: %s", p, strerror(errno));
		return -1;
	}
	set_blocking(fd);
	if (fstat(fd, &st) < 0 || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
		snprintf(why, len, "stdin %s: not a file, FIFO or device", p);
		close(fd);
		return -1;
	}
	return fd;
}

static bool open_output(const char *path, struct stream *s, uint64_t deadline, char *why, size_t len)
{
	struct stat st;
	s->child_fd = s->pipe_rd = s->file_fd = -1;
	s->written = 0;
	s->truncated = false;
	if (!path) {
		s->child_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
		goto done;
	}
	/*
	 * Opened as root, possibly in a directory an earlier run could write: a final symbolic link is
	 * refused, so a program cannot make us truncate a file of the host. What was opened is checked
	 * with fstat, since the name may have been swapped after the lstat.
	 */
	if (lstat(path, &st) == 0 && S_ISFIFO(st.st_mode)) {
		/* The peer opens its read end first; wait for it, but never past the wall limit. */
		while ((s->child_fd = open(path, O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)) < 0 && errno == ENXIO &&
		       now_ns() < deadline)
			usleep(1000);
		if (s->child_fd < 0)
			goto done;
		if (fstat(s->child_fd, &st) < 0 || !S_ISFIFO(st.st_mode)) {
			snprintf(why, len, "output %s: no longer a FIFO", path);
			closep(&s->child_fd);
			return false;
		}
		set_blocking(s->child_fd);
		return true;
	}
	int p[2];
	/* Non-blocking: a FIFO put here since the lstat must not make us wait (fstat refuses it). */
	s->file_fd = open(path, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (s->file_fd < 0)
		goto done;
	set_blocking(s->file_fd);
	if (fstat(s->file_fd, &st) < 0 || !(S_ISREG(st.st_mode) || S_ISCHR(st.st_mode)) || st.st_nlink > 1) {
		snprintf(why, len, "output %s: not a regular file of its own", path);
		closep(&s->file_fd);
		return false;
	}
	if (S_ISREG(st.st_mode) && ftruncate(s->file_fd, 0) < 0)
		goto done;
	if (pipe2(p, O_CLOEXEC) < 0)
		goto done;
	s->pipe_rd = p[0];
	s->child_fd = p[1];
	fcntl(s->pipe_rd, F_SETFL, O_NONBLOCK);
done:
	if (s->child_fd < 0) {
		snprintf(why, len, "output %s: %s", path ? path : "/dev/null", strerror(errno));
		return false;
	}
	return true;
}

/* Copies what is in the pipe; returns false when the output limit was passed. */
static bool copy_out(struct stream *s, uint64_t cap, bool until_eof)
{
	char buf[65536];
	while (s->pipe_rd >= 0) {
		ssize_t n = read(s->pipe_rd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN && until_eof) {
			struct pollfd p = {.fd = s->pipe_rd, .events = POLLIN};
			poll(&p, 1, 100);
			continue;
		}
		if (n <= 0) {
			if (n == 0 || errno != EAGAIN)
				closep(&s->pipe_rd);
			return true;
		}
		uint64_t keep = (uint64_t)n;
		if (s->written + keep > cap) {
			keep = cap - s->written;
			s->truncated = true;
		}
		if (keep && s->file_fd >= 0 && write(s->file_fd, buf, keep) < 0)
			closep(&s->file_fd);
		s->written += keep;
		if (s->truncated) {
			closep(&s->pipe_rd);
			return false;
		}
	}
	return true;
}

static void stream_close(struct stream *s)
{
	closep(&s->child_fd);
	closep(&s->pipe_rd);
	closep(&s->file_fd);
}

/* ---- keeper: one run ---- */

enum stop { STOP_NONE, STOP_CPU, STOP_WALL, STOP_OUTPUT };

void run_one(const struct setup *s, struct cgroup *cg, const struct filter *f, const struct run_req *r,
	     struct run_result *res)
{
	struct stream out = {-1, -1, -1, 0, false}, err = {-1, -1, -1, 0, false};
	struct run_state st = {0};
	struct denials denials = {0};
	int in_fd = -1, status[2] = {-1, -1}, sock[2] = {-1, -1}, listener = -1, sfd = -1;
	char why[512] = "";
	enum stop stop = STOP_NONE;

	memset(res, 0, sizeof *res);
	uint64_t start = now_ns();
	uint64_t deadline = start + (uint64_t)r->wall_ms * 1000000ull;
	uint64_t cpu_limit = (uint64_t)r->cpu_ms * 1000000ull;
	uint64_t cap = (uint64_t)r->output_kib * 1024;

	/* Read ends before write ends: two helpers joined by two FIFOs then never wait for each other. */
	if ((in_fd = open_input(r->in, why, sizeof why)) < 0)
		goto fault;
	if (!open_output(r->out, &out, deadline, why, sizeof why))
		goto fault;
	if (!r->err_to_out && !open_output(r->err, &err, deadline, why, sizeof why))
		goto fault;
	if (!root_run_mounts(s, r, why, sizeof why))
		goto fault;
	if (!cg->ops->run_start(cg, r, why, sizeof why))
		goto fault;
	if (pipe2(status, O_CLOEXEC) < 0 || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sock) < 0) {
		snprintf(why, sizeof why, "pipe: %s", strerror(errno));
		goto fault;
	}
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	if ((sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK)) < 0) {
		snprintf(why, sizeof why, "signalfd: %s", strerror(errno));
		goto fault;
	}

	start = now_ns();
	struct child_args args = {s, cg, f, r, &out, r->err_to_out ? NULL : &err, in_fd, status[1], sock[1]};
	st.main = spawn_child(&args);
	if (st.main < 0) {
		snprintf(why, sizeof why, "clone: %s", strerror(errno));
		goto fault;
	}

	closep(&status[1]);
	closep(&sock[1]);
	closep(&in_fd);
	closep(&out.child_fd);
	closep(&err.child_fd);
	if (f->notify)
		listener = recv_fd(sock[0]);
	closep(&sock[0]);

	while (stop == STOP_NONE) {
		reap(&st);
		if (st.main_done)
			break;
		uint64_t now = now_ns();
		if (now >= deadline) {
			stop = STOP_WALL;
			break;
		}
		uint64_t left_ms = (deadline - now + 999999) / 1000000;
		struct pollfd p[4] = {
			{.fd = out.pipe_rd, .events = POLLIN}, {.fd = err.pipe_rd, .events = POLLIN},
			{.fd = listener, .events = POLLIN}, {.fd = sfd, .events = POLLIN},
		};
		int n = poll(p, 4, (int)(left_ms < POLL_MS ? left_ms : POLL_MS));
		if (n > 0) {
			if (p[0].revents && !copy_out(&out, cap, false))
				stop = STOP_OUTPUT;
			if (p[1].revents && !copy_out(&err, cap, false))
				stop = STOP_OUTPUT;
			if (p[2].revents & POLLIN)
				filter_answer(listener, &denials);
			else if (p[2].revents)
				closep(&listener);
			if (p[3].revents) {
				struct signalfd_siginfo si;
				while (read(sfd, &si, sizeof si) == sizeof si)
					;
			}
		}
		if (stop == STOP_NONE && cg->ops->run_cpu_ns(cg) >= cpu_limit)
			stop = STOP_CPU;
	}

	cgroup_kill_all(cg, reap, &st);
	if (!st.main_done) {
		int status_main;
		if (waitpid(st.main, &status_main, 0) == st.main) {
			st.main_done = true;
			st.main_status = status_main;
		}
	}
	reap(&st);
	uint64_t end = now_ns();
	if (stop != STOP_OUTPUT) {
		if (!copy_out(&out, cap, true) || !copy_out(&err, cap, true))
			stop = STOP_OUTPUT;
	}

	uint64_t cpu = cg->ops->run_cpu_ns(cg), peak = 0, ooms = 0;
	cg->ops->run_usage(cg, &peak, &ooms);
	res->cpu_ms = cpu / 1000000;
	res->wall_ms = (end - start) / 1000000;
	res->mem_kib = peak / 1024;
	res->oom_killed = ooms > 0;
	res->truncated = out.truncated || err.truncated;
	denials_format(&denials, res->denied, sizeof res->denied);

	char msg[600];
	ssize_t mlen = read(status[0], msg, sizeof msg - 1);
	msg[mlen > 0 ? mlen : 0] = 0;

	int ws = st.main_status;
	int sig = WIFSIGNALED(ws) ? WTERMSIG(ws) : 0;
	res->exit_code = WIFEXITED(ws) ? WEXITSTATUS(ws) : 0;
	res->signal = sig;
	uint64_t mem_limit = (uint64_t)r->mem_kib * 1024;
	if (msg[0] == 'F') {
		res->status = ST_FAULT;
		snprintf(res->fault, sizeof res->fault, "setup of the program failed: %s", msg + 1);
	} else if (msg[0] == 'X') {
		res->status = ST_EXITED;
		snprintf(res->exec_error, sizeof res->exec_error, "%s", msg + 1);
	} else if (stop == STOP_OUTPUT) {
		res->status = ST_OLE;
	} else if (ooms > 0) {
		res->status = ST_MLE;
	} else if (stop == STOP_CPU || cpu >= cpu_limit || sig == SIGXCPU) {
		res->status = ST_TLE_CPU;
	} else if (stop == STOP_WALL) {
		res->status = ST_TLE_WALL;
	} else if (peak + 65536 >= mem_limit && (sig != 0 || res->exit_code != 0)) {
		res->status = ST_MLE;
	} else if (sig) {
		res->status = ST_SIGNALLED;
	} else {
		res->status = ST_EXITED;
	}
	goto cleanup;

fault:
	res->status = ST_FAULT;
	snprintf(res->fault, sizeof res->fault, "%s", why);
	res->wall_ms = (now_ns() - start) / 1000000;
cleanup:
	closep(&listener);
	closep(&sfd);
	closep(&status[0]);
	closep(&status[1]);
	closep(&sock[0]);
	closep(&sock[1]);
	closep(&in_fd);
	stream_close(&out);
	stream_close(&err);
}

/*
 * Undoes the run's setup: its cgroup (empty by now: run_one killed everything in it) and its mounts. Called after
 * the result is printed, so that the caller does not wait for it; the next request is read only after it. Both
 * undo whatever part of their setup got done, and nothing if none did.
 */
void run_end(struct cgroup *cg)
{
	cgroup_run_end(cg);
	root_run_unmount();
}
