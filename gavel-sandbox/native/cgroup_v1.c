/*
 * cgroup v1: one directory per controller hierarchy (memory, pids, cpuacct), each holding
 * gavel/box-<id>/run-<n>. Memory is limited with memory.limit_in_bytes and, where swap
 * accounting exists, memory.memsw.limit_in_bytes; OOM kills are read from memory.oom_control.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MEM, PIDS, CPU }; /* MEM first: cgroup.c reads the run's processes from run[0] */
static const char *const ctrl[CG_MAX] = {"memory", "pids", "cpuacct"};
static const char *const key_file[CG_MAX] = {"memory.limit_in_bytes", "cgroup.procs", "cpuacct.usage"};

static bool v1_probe(struct cgroup *cg, char *why, size_t len)
{
	char p[PATH_MAX], missing[128] = "";
	for (int i = 0; i < CG_MAX; i++) {
		snprintf(p, sizeof p, "%s/%s/%s", cg->root, ctrl[i], key_file[i]);
		if (access(p, F_OK) < 0)
			append(missing, sizeof missing, "%s%s", missing[0] ? ", " : "", ctrl[i]);
	}
	if (missing[0]) {
		snprintf(why, len, "no %s hierarchy under %s", missing, cg->root);
		return false;
	}
	snprintf(p, sizeof p, "%s/memory/memory.memsw.limit_in_bytes", cg->root);
	snprintf(cg->detail, sizeof cg->detail, "memory%s,pids,cpuacct at %s",
		 access(p, F_OK) == 0 ? "(+memsw)" : "", cg->root);
	cg->n = CG_MAX;
	return true;
}

static bool v1_prepare(struct cgroup *cg, char *why, size_t len)
{
	char p[PATH_MAX];
	for (int i = 0; i < CG_MAX; i++) {
		snprintf(p, sizeof p, "%s/%s/gavel", cg->root, ctrl[i]);
		int rc = mkdir_ok(p, 0755);
		cgroup_sweep(p);
		snprintf(cg->box[i], sizeof cg->box[i], "%s/%s", p, cg->id);
		if (rc < 0 || (rc = mkdir_ok(cg->box[i], 0755)) < 0) {
			snprintf(why, len, "mkdir %s: %s", cg->box[i], strerror(-rc));
			return false;
		}
	}
	return true;
}

static bool v1_run_start(struct cgroup *cg, const struct run_req *r, char *why, size_t len)
{
	char p[PATH_MAX];
	int rc = 0;
	cg->run_seq++;
	for (int i = 0; i < CG_MAX; i++) {
		snprintf(cg->run[i], sizeof cg->run[i], "%s/run-%u", cg->box[i], cg->run_seq);
		if ((rc = mkdir_ok(cg->run[i], 0755)) < 0) {
			snprintf(why, len, "mkdir %s: %s", cg->run[i], strerror(-rc));
			return false;
		}
	}
	uint64_t bytes = (uint64_t)r->mem_kib * 1024;
	snprintf(p, sizeof p, "%s/memory.limit_in_bytes", cg->run[MEM]);
	if ((rc = file_writef(p, "%llu", (unsigned long long)bytes)) < 0)
		goto fail;
	snprintf(p, sizeof p, "%s/memory.memsw.limit_in_bytes", cg->run[MEM]);
	if ((rc = file_writef(p, "%llu", (unsigned long long)bytes)) < 0 && rc != -ENOENT)
		goto fail;
	snprintf(p, sizeof p, "%s/pids.max", cg->run[PIDS]);
	if ((rc = file_writef(p, "%ld", r->procs)) < 0)
		goto fail;
	for (int i = 0; i < CG_MAX; i++) {
		snprintf(p, sizeof p, "%s/cgroup.procs", cg->run[i]);
		if ((cg->join_fd[i] = open(p, O_WRONLY | O_CLOEXEC)) < 0) {
			rc = -errno;
			goto fail;
		}
	}
	snprintf(p, sizeof p, "%s/cpuacct.usage", cg->run[CPU]);
	if ((cg->cpu_fd = open(p, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = -errno;
		goto fail;
	}
	return true;
fail:
	snprintf(why, len, "%s: %s", p, strerror(-rc));
	return false;
}

static uint64_t v1_cpu_ns(struct cgroup *cg)
{
	char buf[64];
	uint64_t v = 0;
	if (cg->cpu_fd >= 0 && fd_pread_text(cg->cpu_fd, buf, sizeof buf) > 0)
		parse_u64(buf, &v);
	return v;
}

static void v1_kill_hint(struct cgroup *cg)
{
	(void)cg;
}

static void v1_usage(struct cgroup *cg, uint64_t *peak, uint64_t *oom)
{
	char p[PATH_MAX], buf[1024];
	*peak = *oom = 0;
	snprintf(p, sizeof p, "%s/memory.max_usage_in_bytes", cg->run[MEM]);
	if (file_read(p, buf, sizeof buf) > 0)
		parse_u64(buf, peak);
	snprintf(p, sizeof p, "%s/memory.oom_control", cg->run[MEM]);
	if (file_read(p, buf, sizeof buf) > 0)
		keyed_u64(buf, "oom_kill", oom);
}

const struct cgroup_ops cgroup_v1_ops = {
	.version = "v1",
	.probe = v1_probe,
	.prepare = v1_prepare,
	.run_start = v1_run_start,
	.run_cpu_ns = v1_cpu_ns,
	.run_kill_hint = v1_kill_hint,
	.run_usage = v1_usage,
};
