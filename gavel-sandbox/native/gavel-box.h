/*
 * gavel-box: one header for the whole helper, one section per source file.
 * See gavel-box.c for the theory of operation and gavel-box.1.txt for the contract.
 */
#ifndef GAVEL_BOX_H
#define GAVEL_BOX_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define BOX_MAX_BINDS 64
#define BOX_MAX_ENV 256
#define BOX_MAX_ARGS 4096

/* Exit codes of the helper itself (never of the program). */
enum { EXIT_RESULT = 0, EXIT_USAGE = 1, EXIT_FAULT = 2 };

/* ---- util.c ---- */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void usage_fail(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void append(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int file_write(const char *path, const char *text);
int file_writef(const char *path, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
ssize_t file_read(const char *path, char *buf, size_t size);
ssize_t fd_pread_text(int fd, char *buf, size_t size);
bool keyed_u64(const char *text, const char *key, uint64_t *out);
bool parse_u64(const char *text, uint64_t *out);
uint64_t now_ns(void);
int mkdir_ok(const char *path, mode_t mode);
bool has_word(const char *text, const char *word);

/* ---- gavel-box.c: options ---- */
struct bind {
	const char *host;
	const char *inside;
};

struct setup {
	int uid;                /* box uid and gid of every program */
	long tmp_kib;           /* size of the per-run /tmp */
	bool default_binds;
	struct bind binds[BOX_MAX_BINDS];
	int n_binds;
	const char *masks[BOX_MAX_BINDS];
	int n_masks;
	const char *cgroup_root;
	int cgroup_version;     /* 0 = auto */
};

struct run_req {
	const char *workdir, *in, *out, *err;
	bool err_to_out;
	long cpu_ms, wall_ms, mem_kib, procs, nofile, fsize_kib, output_kib, stack_kib;
	const char *env[BOX_MAX_ENV + 1];
	int n_env;
	char **argv;            /* NULL-terminated, points into the request */
	int argc;
};

enum run_status { ST_EXITED, ST_SIGNALLED, ST_TLE_CPU, ST_TLE_WALL, ST_MLE, ST_OLE, ST_FAULT };

struct run_result {
	enum run_status status;
	int exit_code, signal;
	uint64_t cpu_ms, wall_ms, mem_kib;
	bool oom_killed, truncated;
	char denied[2048];
	char fault[512];
	char exec_error[512];
};

void run_req_defaults(struct run_req *r);
void result_print(FILE *out, const struct run_result *res);

/* ---- cgroup.c, cgroup_v1.c, cgroup_v2.c ---- */
#define CG_MAX 3
struct cgroup;

/* One cgroup implementation; the rest of the helper sees only this. */
struct cgroup_ops {
	const char *version;
	bool (*probe)(struct cgroup *cg, char *why, size_t len);
	bool (*prepare)(struct cgroup *cg, char *why, size_t len);
	bool (*run_start)(struct cgroup *cg, const struct run_req *r, char *why, size_t len);
	uint64_t (*run_cpu_ns)(struct cgroup *cg);
	void (*run_kill_hint)(struct cgroup *cg);
	void (*run_usage)(struct cgroup *cg, uint64_t *peak_bytes, uint64_t *oom_kills);
};

struct cgroup {
	const struct cgroup_ops *ops;
	char root[PATH_MAX];          /* v2: the cgroup2 directory; v1: the directory holding the hierarchies */
	char box[CG_MAX][PATH_MAX];   /* this helper's cgroup per hierarchy (v2: one) */
	char run[CG_MAX][PATH_MAX];   /* the current run's cgroup per hierarchy; run[0] lists its processes */
	int n;
	int join_fd[CG_MAX];          /* cgroup.procs of the run, written "0" by the child itself */
	int cpu_fd;
	unsigned run_seq;
	char id[64];
	char detail[256];
};

extern const struct cgroup_ops cgroup_v1_ops, cgroup_v2_ops;
bool cgroup_choose(struct cgroup *cg, const char *root, int version, char *why, size_t len);
void cgroup_run_end(struct cgroup *cg);
void cgroup_release(struct cgroup *cg);
void cgroup_kill_all(struct cgroup *cg, void (*reap)(void *), void *arg);
void cgroup_sweep(const char *parent);
void cgroup_rmdir_runs(const char *box);
int cgroup_selftest(const struct setup *s);

/* ---- root.c ---- */
extern const char root_dir[];
void ns_enter(void);
void root_prepare(const struct setup *s);
bool root_run_mounts(const struct setup *s, const struct run_req *r, char *why, size_t len);
void root_run_unmount(void);

/* ---- filter.c ---- */
struct filter {
	void *insns;
	size_t len;                   /* bytes */
	bool notify;
};

struct denials {
	int n;
	struct { int nr; unsigned count; } e[64];
};

bool filter_build(struct filter *f, bool notify, char *why, size_t len);
int filter_install(const struct filter *f);
bool filter_probe_notify(const struct filter *f);
void filter_answer(int listener, struct denials *d);
void denials_format(const struct denials *d, char *buf, size_t size);

/* ---- run.c ---- */
void run_one(const struct setup *s, struct cgroup *cg, const struct filter *f, const struct run_req *r,
	     struct run_result *res);
void run_end(struct cgroup *cg);

/* ---- check.c ---- */
int check_print(const struct setup *s);

#endif
