/*
 * Chooses the cgroup implementation and holds what v1 and v2 share: killing a run's processes
 * until none is left, sweeping cgroups of dead helpers, and the fake-tree self-test.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

bool cgroup_choose(struct cgroup *cg, const char *root, int version, char *why, size_t len)
{
	char why2[256] = "";
	static const struct cgroup_ops *const order[] = {&cgroup_v2_ops, &cgroup_v1_ops};
	why[0] = 0;
	for (size_t i = 0; i < 2; i++) {
		const struct cgroup_ops *ops = order[i];
		if (version && ops->version[1] - '0' != version)
			continue;
		memset(cg, 0, sizeof *cg);
		cg->ops = ops;
		cg->cpu_fd = -1;
		for (int k = 0; k < CG_MAX; k++)
			cg->join_fd[k] = -1;
		snprintf(cg->root, sizeof cg->root, "%s", root);
		if (ops->probe(cg, why2, sizeof why2))
			return true;
		append(why, len, "%s%s: %s", why[0] ? "; " : "", ops->version, why2);
	}
	return false;
}

/* The processes of the run: the cgroup.procs of run[0] (v2: the one cgroup; v1: the memory hierarchy). */
static int cgroup_run_pids(struct cgroup *cg, pid_t *pids, int max)
{
	char p[PATH_MAX], buf[65536];
	snprintf(p, sizeof p, "%s/cgroup.procs", cg->run[0]);
	if (file_read(p, buf, sizeof buf) < 0)
		return -1;
	int n = 0;
	for (char *s = buf; *s && n < max;) {
		char *end;
		long v = strtol(s, &end, 10);
		if (end == s)
			break;
		if (v > 0)
			pids[n++] = (pid_t)v;
		s = end;
		while (*s == '\n' || *s == ' ')
			s++;
	}
	return n;
}

/*
 * SIGKILLs every process in the run's cgroup until it is empty; reap() is called between rounds
 * so that the dead do not linger as zombies of ours.
 */
void cgroup_kill_all(struct cgroup *cg, void (*reap)(void *), void *arg)
{
	pid_t pids[4096];
	cg->ops->run_kill_hint(cg);
	for (int round = 0; round < 20000; round++) {
		int n = cgroup_run_pids(cg, pids, 4096);
		reap(arg);
		if (n <= 0)
			return;
		for (int i = 0; i < n; i++)
			kill(pids[i], SIGKILL);
		struct timespec ts = {0, round < 100 ? 50000 : 1000000};
		nanosleep(&ts, NULL);
	}
	note("processes still alive in %s", cg->run[0]);
}

/*
 * Undoes whatever part of run_start got done (nothing if none did): closes the run's fds and
 * removes its cgroup in every hierarchy. Unused hierarchies (v2 has one) have empty paths.
 */
void cgroup_run_end(struct cgroup *cg)
{
	for (int i = 0; i < CG_MAX; i++) {
		if (cg->join_fd[i] >= 0)
			close(cg->join_fd[i]);
		cg->join_fd[i] = -1;
	}
	if (cg->cpu_fd >= 0)
		close(cg->cpu_fd);
	cg->cpu_fd = -1;
	for (int i = 0; i < CG_MAX; i++) {
		if (cg->run[i][0])
			rmdir(cg->run[i]);
		cg->run[i][0] = 0;
	}
}

/* Removes this helper's cgroups (and any run cgroup left in them) in every hierarchy. */
void cgroup_release(struct cgroup *cg)
{
	for (int i = 0; i < CG_MAX; i++) {
		if (!cg->box[i][0])
			continue;
		cgroup_rmdir_runs(cg->box[i]);
		rmdir(cg->box[i]);
	}
}

static bool owner_alive(const char *name)
{
	int pid;
	if (sscanf(name, "box-%d", &pid) != 1 || pid <= 0)
		return true;
	return kill(pid, 0) == 0 || errno != ESRCH;
}

void cgroup_rmdir_runs(const char *box)
{
	DIR *d = opendir(box);
	if (!d)
		return;
	struct dirent *e;
	char p[PATH_MAX];
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "run-", 4) == 0) {
			snprintf(p, sizeof p, "%s/%s", box, e->d_name);
			rmdir(p);
		}
	}
	closedir(d);
}

/* Removes the cgroups left by helpers that died without tidying up (e.g. SIGKILLed). */
void cgroup_sweep(const char *parent)
{
	DIR *d = opendir(parent);
	if (!d)
		return;
	struct dirent *e;
	char p[PATH_MAX];
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "box-", 4) != 0 || owner_alive(e->d_name))
			continue;
		snprintf(p, sizeof p, "%s/%s", parent, e->d_name);
		cgroup_rmdir_runs(p);
		rmdir(p);
	}
	closedir(d);
}

/*
 * --cgroup-selftest: drives the chosen implementation against --cgroup-root, which may be a fake
 * tree of plain files, and prints what it read. Lets a test check the file protocol of a cgroup
 * version the machine does not have.
 */
int cgroup_selftest(const struct setup *s)
{
	struct cgroup cg;
	char why[512];
	if (!cgroup_choose(&cg, s->cgroup_root, s->cgroup_version, why, sizeof why)) {
		printf("probe:fail %s\n", why);
		return EXIT_FAULT;
	}
	printf("probe:ok %s %s\n", cg.ops->version, cg.detail);
	snprintf(cg.id, sizeof cg.id, "box-selftest");
	if (!cg.ops->prepare(&cg, why, sizeof why)) {
		printf("prepare:fail %s\n", why);
		return EXIT_FAULT;
	}
	printf("prepare:ok %s\n", cg.box[0]);
	struct run_req r;
	run_req_defaults(&r);
	r.mem_kib = 65536;
	r.procs = 7;
	if (!cg.ops->run_start(&cg, &r, why, sizeof why)) {
		printf("run:fail %s\n", why);
		return EXIT_FAULT;
	}
	printf("run:ok %s\n", cg.run[0]);
	pid_t pids[16];
	int n = cgroup_run_pids(&cg, pids, 16);
	printf("pids:");
	for (int i = 0; i < n; i++)
		printf("%s%d", i ? "," : "", (int)pids[i]);
	printf("\ncpu-ns:%llu\n", (unsigned long long)cg.ops->run_cpu_ns(&cg));
	uint64_t peak = 0, oom = 0;
	cg.ops->run_usage(&cg, &peak, &oom);
	printf("peak-bytes:%llu\noom-kills:%llu\n", (unsigned long long)peak, (unsigned long long)oom);
	/* Only the kill hint: the pids of a fake tree are not ours to signal. */
	cg.ops->run_kill_hint(&cg);
	cgroup_run_end(&cg);
	cgroup_release(&cg);
	fflush(stdout);
	return EXIT_RESULT;
}
