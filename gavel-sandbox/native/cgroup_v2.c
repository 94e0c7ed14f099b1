/*
 * cgroup v2: one unified directory; gavel/box-<id>/run-<n> with memory, pids and cpu enabled
 * down the subtree. The run is a leaf (no-internal-process rule). memory.oom.group makes an OOM
 * kill take the whole run; cgroup.kill ends it in one write where the kernel has it.
 */
#define _GNU_SOURCE
#include "gavel-box.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


static const char *const needed[] = {"memory", "pids", "cpu"};

static bool v2_probe(struct cgroup *cg, char *why, size_t len)
{
	char p[PATH_MAX], buf[512], missing[64] = "";
	snprintf(p, sizeof p, "%s/cgroup.controllers", cg->root);
	if (file_read(p, buf, sizeof buf) < 0) {
		snprintf(p, sizeof p, "%s/unified/cgroup.controllers", cg->root);
		if (file_read(p, buf, sizeof buf) < 0) {
			snprintf(why, len, "no cgroup2 at %s or %s/unified", cg->root, cg->root);
			return false;
		}
		append(cg->root, sizeof cg->root, "/unified");
	}
	for (size_t i = 0; i < 3; i++)
		if (!has_word(buf, needed[i]))
			append(missing, sizeof missing, "%s%s", missing[0] ? ", " : "", needed[i]);
	if (missing[0]) {
		snprintf(why, len, "cgroup2 at %s lacks the %s controller(s)", cg->root, missing);
		return false;
	}
	snprintf(cg->detail, sizeof cg->detail, "memory,pids,cpu at %s", cg->root);
	cg->n = 1;
	return true;
}

static int enable_subtree(const char *dir)
{
	char p[PATH_MAX], buf[512];
	snprintf(p, sizeof p, "%s/cgroup.subtree_control", dir);
	if (file_read(p, buf, sizeof buf) >= 0 && has_word(buf, "memory") && has_word(buf, "pids") &&
	    has_word(buf, "cpu"))
		return 0;
	return file_write(p, "+memory +pids +cpu");
}

static bool v2_prepare(struct cgroup *cg, char *why, size_t len)
{
	char p[PATH_MAX];
	int rc;
	snprintf(p, sizeof p, "%s/gavel", cg->root);
	snprintf(cg->box[0], sizeof cg->box[0], "%s/%s", p, cg->id);
	if ((rc = enable_subtree(cg->root)) < 0 || (rc = mkdir_ok(p, 0755)) < 0 || (rc = enable_subtree(p)) < 0) {
		snprintf(why, len, "enabling controllers under %s: %s", p, strerror(-rc));
		return false;
	}
	cgroup_sweep(p);
	if ((rc = mkdir_ok(cg->box[0], 0755)) < 0 || (rc = enable_subtree(cg->box[0])) < 0) {
		snprintf(why, len, "%s: %s", cg->box[0], strerror(-rc));
		return false;
	}
	return true;
}

static bool v2_run_start(struct cgroup *cg, const struct run_req *r, char *why, size_t len)
{
	char p[PATH_MAX];
	int rc;
	cg->run_seq++;
	snprintf(cg->run[0], sizeof cg->run[0], "%s/run-%u", cg->box[0], cg->run_seq);
	snprintf(p, sizeof p, "%s", cg->run[0]);
	if ((rc = mkdir_ok(cg->run[0], 0755)) < 0)
		goto fail;
	snprintf(p, sizeof p, "%s/memory.max", cg->run[0]);
	if ((rc = file_writef(p, "%llu", (unsigned long long)r->mem_kib * 1024)) < 0)
		goto fail;
	snprintf(p, sizeof p, "%s/memory.swap.max", cg->run[0]);
	if ((rc = file_write(p, "0")) < 0 && rc != -ENOENT)
		goto fail;
	snprintf(p, sizeof p, "%s/memory.oom.group", cg->run[0]);
	if ((rc = file_write(p, "1")) < 0 && rc != -ENOENT)
		goto fail;
	snprintf(p, sizeof p, "%s/pids.max", cg->run[0]);
	if ((rc = file_writef(p, "%ld", r->procs)) < 0)
		goto fail;
	snprintf(p, sizeof p, "%s/cgroup.procs", cg->run[0]);
	if ((cg->join_fd[0] = open(p, O_WRONLY | O_CLOEXEC)) < 0) {
		rc = -errno;
		goto fail;
	}
	snprintf(p, sizeof p, "%s/cpu.stat", cg->run[0]);
	if ((cg->cpu_fd = open(p, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = -errno;
		goto fail;
	}
	return true;
fail:
	snprintf(why, len, "%s: %s", p, strerror(-rc));
	return false;
}

static uint64_t v2_cpu_ns(struct cgroup *cg)
{
	char buf[1024];
	uint64_t usec = 0;
	if (cg->cpu_fd >= 0 && fd_pread_text(cg->cpu_fd, buf, sizeof buf) > 0)
		keyed_u64(buf, "usage_usec", &usec);
	return usec * 1000;
}

static void v2_kill_hint(struct cgroup *cg)
{
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/cgroup.kill", cg->run[0]);
	file_write(p, "1");
}

static void v2_usage(struct cgroup *cg, uint64_t *peak, uint64_t *oom)
{
	char p[PATH_MAX], buf[1024];
	*peak = *oom = 0;
	snprintf(p, sizeof p, "%s/memory.peak", cg->run[0]);
	if (file_read(p, buf, sizeof buf) > 0)
		parse_u64(buf, peak);
	snprintf(p, sizeof p, "%s/memory.events", cg->run[0]);
	if (file_read(p, buf, sizeof buf) > 0)
		keyed_u64(buf, "oom_kill", oom);
}

const struct cgroup_ops cgroup_v2_ops = {
	.version = "v2",
	.probe = v2_probe,
	.prepare = v2_prepare,
	.run_start = v2_run_start,
	.run_cpu_ns = v2_cpu_ns,
	.run_kill_hint = v2_kill_hint,
	.run_usage = v2_usage,
};
