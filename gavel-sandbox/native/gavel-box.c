/*
 * gavel-box - runs untrusted programs under limits, for the Gavel judge.
 *
 * THEORY OF OPERATION
 *
 * Processes. The helper is started once per sandbox (by the Java client, `--serve`) or once per
 * program (one-shot). Three kinds of process exist:
 *
 *   outer   the process that was started, running as root on the host. It chooses the cgroup
 *           implementation (v1 or v2, struct cgroup_ops), builds the seccomp filter once,
 *           creates this helper's cgroup (gavel/box-<outer pid>) and unshares the mount, pid,
 *           net, ipc and uts namespaces. It forks the keeper, waits for it and, when it
 *           is gone for any reason, removes the helper's cgroups.
 *   keeper  pid 1 of the new pid namespace, still root and still seeing the host's files (it
 *           needs /sys/fs/cgroup and the host paths of work dirs and standard streams). It
 *           builds the sandbox root once (root.c): a tmpfs at /run/gavel-box/root holding
 *           read-only binds of the toolchains, masks over secrets, a minimal /dev and a /proc
 *           of the new pid namespace. It then reads requests and runs them one at a time
 *           (run.c). Being init, it reaps every orphan; when it dies the kernel kills every
 *           process of the namespace.
 *   child   started by the keeper for each run with clone(CLONE_VM | CLONE_VFORK), the way
 *           posix_spawn does (no page tables copied; the keeper sleeps until the exec). It joins the run's cgroups by writing its own
 *           pid (cheap, unlike a write from outside), enters fresh IPC and cgroup namespaces
 *           (rooted at the run's cgroup), takes its standard streams, chroots into
 *           the sandbox root, sets rlimits, drops to the box uid, sets no_new_privs, installs
 *           the seccomp filter and execs the program.
 *
 * Pipes and fds.
 *   stdin of the helper       requests: NUL-terminated arguments, an empty one ends a request
 *   stdout of the helper      results: key:value lines, a blank line ends a result
 *   status pipe (CLOEXEC)     child -> keeper: empty if exec succeeded, else 'F' (setup fault)
 *                             or 'X' (the program could not be executed) and a message
 *   socketpair                child -> keeper: the seccomp listener fd (SCM_RIGHTS)
 *   stdout/stderr pipes       program -> keeper -> file, cut at --output-kib (not for FIFOs)
 *   signalfd(SIGCHLD)         wakes the keeper to reap
 *
 * Per run the keeper mounts a fresh tmpfs /tmp and binds the work dir at /box, creates the run
 * cgroup(s) with the limits, starts the child, then polls (every 10 ms at most) the output pipes,
 * the seccomp listener (each notification is answered -EPERM and counted by syscall name), the
 * signalfd, the CPU usage of the run's cgroup and the wall clock. When the main process ends or a
 * limit is hit, every process in the run's cgroup is killed, usage is read, and the run's mounts
 * and cgroups are removed: nothing survives a run.
 *
 * Blame: die() is a fault of the sandbox (exit 2), usage_fail() a mistake of the caller (exit 1);
 * what the program does is never either, it is the result.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

enum mode { MODE_ONESHOT, MODE_SERVE, MODE_CHECK, MODE_HELP, MODE_SELFTEST };
enum kind { K_MODE, K_SETUP, K_RUN };

struct option_def {
	const char *name;
	enum kind kind;
	bool value;
	const char *arg;
	const char *help;
};

static const struct option_def options[] = {
	{"--serve", K_MODE, false, NULL, "serve requests on stdin (see REQUESTS)"},
	{"--check", K_MODE, false, NULL, "print which isolation features work here and exit"},
	{"--help", K_MODE, false, NULL, "print this help and exit"},
	{"--cgroup-selftest", K_MODE, false, NULL, "exercise the cgroup file protocol on --cgroup-root and exit"},
	{"--uid", K_SETUP, true, "N", "uid and gid the programs run as (default 60000)"},
	{"--tmp-kib", K_SETUP, true, "KIB", "size of the per-run tmpfs /tmp (default 65536)"},
	{"--ro-bind", K_SETUP, true, "HOST[:INSIDE]", "also bind HOST read-only at INSIDE (repeatable)"},
	{"--mask", K_SETUP, true, "PATH", "also hide PATH inside behind an empty unreadable file or directory (repeatable)"},
	{"--no-default-binds", K_SETUP, false, NULL, "do not bind /usr /bin /lib /lib64 /sbin /etc /opt/gavel"},
	{"--cgroup-root", K_SETUP, true, "DIR", "where the cgroup hierarchies are (default /sys/fs/cgroup)"},
	{"--cgroup-version", K_SETUP, true, "auto|1|2", "cgroup version to use (default auto)"},
	{"--workdir", K_RUN, true, "HOSTPATH", "directory bound writable at /box, the program's cwd"},
	{"--stdin", K_RUN, true, "HOSTPATH", "standard input (default /dev/null)"},
	{"--stdout", K_RUN, true, "HOSTPATH", "standard output (default discarded)"},
	{"--stderr", K_RUN, true, "HOSTPATH", "standard error (default discarded)"},
	{"--stderr-to-stdout", K_RUN, false, NULL, "send standard error where standard output goes"},
	{"--cpu-ms", K_RUN, true, "MS", "CPU time of all processes together (default 1000)"},
	{"--wall-ms", K_RUN, true, "MS", "real time (default 3000)"},
	{"--mem-kib", K_RUN, true, "KIB", "memory of the run's cgroup (default 262144)"},
	{"--procs", K_RUN, true, "N", "processes and threads at once (default 1)"},
	{"--nofile", K_RUN, true, "N", "open files per process (default 64)"},
	{"--fsize-kib", K_RUN, true, "KIB", "largest file written (default 65536)"},
	{"--output-kib", K_RUN, true, "KIB", "bytes kept of stdout and of stderr each (default 65536)"},
	{"--stack-kib", K_RUN, true, "KIB", "stack size (default 262144)"},
	{"--env", K_RUN, true, "K=V", "environment variable (repeatable; default only PATH)"},
	{NULL, 0, false, NULL, NULL},
};

static void print_help(void)
{
	printf("usage: gavel-box [SETUP OPTIONS] [RUN OPTIONS] -- PROGRAM [ARGS...]\n"
	       "       gavel-box --serve [SETUP OPTIONS]\n"
	       "       gavel-box --check | --help\n\noptions:\n");
	for (const struct option_def *o = options; o->name; o++) {
		char left[64];
		snprintf(left, sizeof left, "%s%s%s", o->name, o->value ? "=" : "", o->value ? o->arg : "");
		printf("  %-30s %s\n", left, o->help);
	}
	printf("\nexit codes: 0 result printed, 1 bad usage, 2 sandbox fault. See gavel-box(1).\n");
}

void run_req_defaults(struct run_req *r)
{
	memset(r, 0, sizeof *r);
	r->cpu_ms = 1000;
	r->wall_ms = 3000;
	r->mem_kib = 262144;
	r->procs = 1;
	r->nofile = 64;
	r->fsize_kib = 65536;
	r->output_kib = 65536;
	r->stack_kib = 262144;
}

static bool number(const char *v, long min, long *out)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end || n < min)
		return false;
	*out = n;
	return true;
}

/*
 * Parses the same syntax on the command line and in requests. Returns false with a message in
 * err; allow_setup is false for requests (a running helper cannot change its setup).
 */
static bool parse(int argc, char **argv, bool allow_setup, enum mode *mode, struct setup *s, struct run_req *r,
		  char *err, size_t errlen)
{
	int i = 0;
	for (; i < argc; i++) {
		char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		char *eq = strchr(a, '=');
		size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
		const struct option_def *o = options;
		while (o->name && !(strlen(o->name) == nlen && strncmp(o->name, a, nlen) == 0))
			o++;
		if (!o->name) {
			snprintf(err, errlen, "unknown option '%s'", a);
			return false;
		}
		if (o->value != (eq != NULL)) {
			snprintf(err, errlen, o->value ? "option %s needs =%s" : "option %s takes no value", o->name,
				 o->arg);
			return false;
		}
		if (o->kind != K_RUN && !allow_setup) {
			snprintf(err, errlen, "option %s is not allowed in a request", o->name);
			return false;
		}
		const char *v = eq ? eq + 1 : NULL;
		const char *n = o->name;
		long num = 0;
		bool ok = true;
		if (o->kind == K_MODE) {
			*mode = !strcmp(n, "--serve") ? MODE_SERVE : !strcmp(n, "--check") ? MODE_CHECK
				: !strcmp(n, "--help") ? MODE_HELP : MODE_SELFTEST;
		} else if (!strcmp(n, "--uid")) {
			ok = number(v, 1, &num) && num < 65536 * 65536L;
			s->uid = (int)num;
		} else if (!strcmp(n, "--tmp-kib")) {
			ok = number(v, 4, &s->tmp_kib);
		} else if (!strcmp(n, "--ro-bind")) {
			if (s->n_binds >= BOX_MAX_BINDS || v[0] != '/') {
				ok = false;
			} else {
				char *copy = strdup(v), *colon = strchr(copy, ':');
				if (colon)
					*colon = 0;
				s->binds[s->n_binds].host = copy;
				s->binds[s->n_binds].inside = colon ? colon + 1 : copy;
				ok = s->binds[s->n_binds].inside[0] == '/' && !strstr(s->binds[s->n_binds].inside, "..");
				s->n_binds++;
			}
		} else if (!strcmp(n, "--mask")) {
			ok = s->n_masks < BOX_MAX_BINDS && v[0] == '/' && !strstr(v, "..");
			if (ok)
				s->masks[s->n_masks++] = v;
		} else if (!strcmp(n, "--no-default-binds")) {
			s->default_binds = false;
		} else if (!strcmp(n, "--cgroup-root")) {
			s->cgroup_root = v;
		} else if (!strcmp(n, "--cgroup-version")) {
			ok = !strcmp(v, "auto") || !strcmp(v, "1") || !strcmp(v, "2");
			s->cgroup_version = !strcmp(v, "auto") ? 0 : atoi(v);
		} else if (!strcmp(n, "--workdir")) {
			r->workdir = v;
		} else if (!strcmp(n, "--stdin")) {
			r->in = v;
		} else if (!strcmp(n, "--stdout")) {
			r->out = v;
		} else if (!strcmp(n, "--stderr")) {
			r->err = v;
		} else if (!strcmp(n, "--stderr-to-stdout")) {
			r->err_to_out = true;
		} else if (!strcmp(n, "--cpu-ms")) {
			ok = number(v, 1, &r->cpu_ms);
		} else if (!strcmp(n, "--wall-ms")) {
			ok = number(v, 1, &r->wall_ms);
		} else if (!strcmp(n, "--mem-kib")) {
			ok = number(v, 64, &r->mem_kib);
		} else if (!strcmp(n, "--procs")) {
			ok = number(v, 1, &r->procs);
		} else if (!strcmp(n, "--nofile")) {
			ok = number(v, 4, &r->nofile);
		} else if (!strcmp(n, "--fsize-kib")) {
			ok = number(v, 0, &r->fsize_kib);
		} else if (!strcmp(n, "--output-kib")) {
			ok = number(v, 0, &r->output_kib);
		} else if (!strcmp(n, "--stack-kib")) {
			ok = number(v, 64, &r->stack_kib);
		} else if (!strcmp(n, "--env")) {
			ok = r->n_env < BOX_MAX_ENV && strchr(v, '=') && v[0] != '=';
			if (ok)
				r->env[r->n_env++] = v;
		}
		if (!ok) {
			snprintf(err, errlen, "bad value in '%s'", a);
			return false;
		}
	}
	r->argv = argv + i;
	r->argc = argc - i;
	return true;
}

static const char *const status_names[] = {
	[ST_EXITED] = "exited", [ST_SIGNALLED] = "signalled", [ST_TLE_CPU] = "time-limit-cpu",
	[ST_TLE_WALL] = "time-limit-wall", [ST_MLE] = "memory-limit", [ST_OLE] = "output-limit",
	[ST_FAULT] = "fault",
};

static void one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\r')
			*s = ' ';
}

void result_print(FILE *out, const struct run_result *res)
{
	char fault[sizeof res->fault], exec_error[sizeof res->exec_error];
	memcpy(fault, res->fault, sizeof fault);
	memcpy(exec_error, res->exec_error, sizeof exec_error);
	one_line(fault);
	one_line(exec_error);
	fprintf(out, "status:%s\nexit-code:%d\nsignal:%d\ncpu-ms:%llu\nwall-ms:%llu\nmem-kib:%llu\n"
		"oom-killed:%d\noutput-truncated:%d\ndenied-syscalls:%s\n",
		status_names[res->status], res->exit_code, res->signal, (unsigned long long)res->cpu_ms,
		(unsigned long long)res->wall_ms, (unsigned long long)res->mem_kib, res->oom_killed,
		res->truncated, res->denied);
	if (res->status == ST_FAULT)
		fprintf(out, "fault:%s\n", fault);
	if (exec_error[0])
		fprintf(out, "exec-error:%s\n", exec_error);
	fprintf(out, "\n");
	fflush(out);
}

static void fault_result(const char *why)
{
	struct run_result res;
	memset(&res, 0, sizeof res);
	res.status = ST_FAULT;
	snprintf(res.fault, sizeof res.fault, "%s", why);
	result_print(stdout, &res);
}

/* Reads one request: NUL-terminated arguments up to an empty one. Returns argc, or -1 at EOF. */
static int read_request(char **args, int max)
{
	int n = 0;
	for (;;) {
		char *line = NULL;
		size_t cap = 0;
		ssize_t len = getdelim(&line, &cap, '\0', stdin);
		if (len <= 0 || line[len - 1] != '\0') {
			free(line);
			for (int i = 0; i < n; i++)
				free(args[i]);
			return -1;
		}
		if (len == 1) {
			free(line);
			return n;
		}
		if (n < max) {
			args[n++] = line;
		} else {
			free(line);
		}
	}
}

static int keeper_serve(const struct setup *s, struct cgroup *cg, const struct filter *f)
{
	static char *args[BOX_MAX_ARGS + 1];
	printf("ready:1\n\n");
	fflush(stdout);
	for (;;) {
		int n = read_request(args, BOX_MAX_ARGS);
		if (n < 0)
			return EXIT_RESULT;
		args[n] = NULL;
		struct run_req r;
		struct setup unused = *s;
		enum mode mode = MODE_SERVE;
		char err[256];
		run_req_defaults(&r);
		if (n >= BOX_MAX_ARGS) {
			fault_result("bad request: too many arguments");
		} else if (!parse(n, args, false, &mode, &unused, &r, err, sizeof err)) {
			char msg[300];
			snprintf(msg, sizeof msg, "bad request: %s", err);
			fault_result(msg);
		} else if (r.argc == 0) {
			fault_result("bad request: no program after --");
		} else {
			struct run_result res;
			run_one(s, cg, f, &r, &res);
			result_print(stdout, &res);
			run_end(cg);
		}
		for (int i = 0; i < n; i++)
			free(args[i]);
	}
}

static volatile sig_atomic_t keeper_pid;

static void forward_kill(int sig)
{
	(void)sig;
	if (keeper_pid > 0)
		kill(keeper_pid, SIGKILL);
}

int main(int argc, char **argv)
{
	struct setup s;
	struct run_req r;
	enum mode mode = MODE_ONESHOT;
	char err[512];

	memset(&s, 0, sizeof s);
	s.uid = 60000;
	s.tmp_kib = 65536;
	s.default_binds = true;
	s.cgroup_root = "/sys/fs/cgroup";
	run_req_defaults(&r);
	if (!parse(argc - 1, argv + 1, true, &mode, &s, &r, err, sizeof err))
		usage_fail("%s", err);

	switch (mode) {
	case MODE_HELP:
		print_help();
		return 0;
	case MODE_CHECK:
		return check_print(&s);
	case MODE_SELFTEST:
		return cgroup_selftest(&s);
	case MODE_ONESHOT:
		if (r.argc == 0)
			usage_fail("no program given after --");
		break;
	case MODE_SERVE:
		if (r.argc != 0)
			usage_fail("--serve takes no program");
		break;
	}
	if (geteuid() != 0)
		die("must run as root (it sets up namespaces, mounts and cgroups, then drops to uid %d)", s.uid);

	struct cgroup cg;
	if (!cgroup_choose(&cg, s.cgroup_root, s.cgroup_version, err, sizeof err))
		die("no usable cgroups: %s", err);
	snprintf(cg.id, sizeof cg.id, "box-%d", (int)getpid());
	if (!cg.ops->prepare(&cg, err, sizeof err))
		die("cannot prepare cgroup %s: %s", cg.ops->version, err);

	struct filter f;
	if (!filter_build(&f, true, err, sizeof err))
		die("cannot build the seccomp filter: %s", err);
	if (!filter_probe_notify(&f) && !filter_build(&f, false, err, sizeof err))
		die("cannot build the seccomp filter: %s", err);

	ns_enter();
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);

	pid_t pid = fork();
	if (pid < 0)
		die("fork: %m");
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		prctl(PR_SET_DUMPABLE, 0);
		root_prepare(&s);
		if (mode == MODE_SERVE)
			_exit(keeper_serve(&s, &cg, &f));
		struct run_result res;
		run_one(&s, &cg, &f, &r, &res);
		result_print(stdout, &res);
		run_end(&cg);
		_exit(res.status == ST_FAULT ? EXIT_FAULT : EXIT_RESULT);
	}
	keeper_pid = pid;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = forward_kill;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);

	int status = 0;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			status = EXIT_FAULT << 8;
			break;
		}
	}
	/* The run's processes may still be dying (the keeper was killed): retry until the cgroups go. */
	for (int i = 0; i < 200; i++) {
		cgroup_release(&cg);
		if (access(cg.box[0], F_OK) < 0)
			break;
		usleep(10000);
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	note("keeper ended by signal %d", WTERMSIG(status));
	return EXIT_FAULT;
}
