#!/bin/bash
# check-by-hand.sh - checks the sample problem packages WITHOUT Gavel.
#
#   bash problems/check-by-hand.sh              # all packages
#   bash problems/check-by-hand.sh aplusb guess # some packages
#
# What it checks, per package:
#   1. every input validator accepts (exit 42) every .in file;
#   2. custom output validators compile with g++ -O2 -std=gnu++17 and give 42 on correct and
#      43 on wrong outputs (hand-written cases; the interactor is also driven through two FIFOs);
#   3. every submission is compiled (gcc/g++ -O2, javac of Debian's openjdk-17, python3, ...),
#      run on data/sample then data/secret (sorted, nested groups included) and judged like a
#      judge would (default validator with the package's validator_flags, or the custom /
#      interactive validator); its final verdict (and score, for the scoring problem) must
#      match its folder and its @EXPECTED_RESULTS@ line.
# A language whose toolchain is missing is reported as SKIP, not as a failure.
# Exit status: 0 if everything matched, 1 otherwise. Needs: bash, /usr/bin/python3, g++.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$(mktemp -d /tmp/gavel-check-by-hand.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PY=/usr/bin/python3
FAILS=0

say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; FAILS=$((FAILS + 1)); }

# ---------------------------------------------------------------- validators by hand
check_pairsum_validator() {
    local d="$HERE/pairsum" v="$WORK/pairsum_validator" fb="$WORK/fb-pairsum"
    g++ -O2 -std=gnu++17 -Wall -o "$v" "$d"/output_validators/pairsum_validator/validator.cpp \
        || { fail "pairsum validator does not compile"; return; }
    local in="$d/data/sample/01.in" ans="$d/data/sample/01.ans"   # 4 7 / 2 4 3 5
    local in2="$d/data/sample/02.in" ans2="$d/data/sample/02.ans" # no pair
    # expected-exit  input  answer  team-output
    local cases=(
        "42|$in|$ans|1 4"
        "42|$in|$ans|4 1"
        "42|$in|$ans|2 3\n"
        "42|$in|$ans|  3\n\n 2  \n"
        "42|$in2|$ans2|-1"
        "43|$in|$ans|1 2"
        "43|$in|$ans|-1"
        "43|$in2|$ans2|1 1"
        "43|$in|$ans|"
        "43|$in|$ans|1"
        "43|$in|$ans|1 4 5"
        "43|$in|$ans|1 4 x"
        "43|$in|$ans|hello"
        "43|$in|$ans|1.0 4"
        "43|$in|$ans|0 4"
        "43|$in|$ans|1 5"
        "43|$in|$ans|99999999999999999999999 1"
        "43|$in|$ans|-1 -1"
        "43|$in|$ans|\xff\xfe 1 4"
        "43|$in|$ans|1 +4"
    )
    local c want tin tans out got
    for c in "${cases[@]}"; do
        IFS='|' read -r want tin tans out <<<"$c"
        rm -rf "$fb"; mkdir -p "$fb"
        printf -- "$out" | "$v" "$tin" "$tans" "$fb/" 2>/dev/null
        got=$?
        if [ "$got" != "$want" ]; then
            fail "pairsum validator: output '$out' gave $got, expected $want"
        elif [ ! -s "$fb/judgemessage.txt" ]; then
            fail "pairsum validator: no judgemessage.txt for output '$out'"
        fi
    done
    say "pairsum validator: ${#cases[@]} hand-written cases checked (42/43 + judgemessage.txt)"
}

check_guess_interactor() {
    local d="$HERE/guess" v="$WORK/guess_interactor" fb="$WORK/fb-guess"
    g++ -O2 -std=gnu++17 -Wall -o "$v" "$d"/output_validators/guess_interactor/interactor.cpp \
        || { fail "guess interactor does not compile"; return; }
    local in="$d/data/sample/01.in" ans="$d/data/sample/01.ans"   # secret 42
    # Non-interactive scripted sessions (the replies are ignored): expected exit | team lines.
    local cases=(
        "42|? 500000000\n? 50\n? 42\n"
        "42|? 42"
        "42|? 42\n\n"
        "43|"
        "43|? 500000000\n"
        "43|? 42\n? 42\n"
        "43|guess 42\n"
        "43|? 0\n"
        "43|? 1000000001\n"
        "43|? -5\n"
        "43|? 4x2\n"
        "43|?42\n"
        "43|? 99999999999999999999\n"
        "43|\xff\xfe\n"
    )
    local c want lines got i
    for c in "${cases[@]}"; do
        IFS='|' read -r want lines <<<"$c"
        rm -rf "$fb"; mkdir -p "$fb"
        printf -- "$lines" | "$v" "$in" "$ans" "$fb/" >/dev/null 2>&1
        got=$?
        [ "$got" = "$want" ] || fail "guess interactor: session '$lines' gave $got, expected $want"
        [ -s "$fb/judgemessage.txt" ] || fail "guess interactor: no judgemessage.txt for '$lines'"
    done
    # Too many queries: 32 wrong guesses.
    rm -rf "$fb"; mkdir -p "$fb"
    for i in $(seq 1 32); do echo "? 7"; done | "$v" "$in" "$ans" "$fb/" >/dev/null 2>&1
    got=$?
    [ "$got" = 43 ] || fail "guess interactor: 32 queries gave $got, expected 43"
    grep -q "more than 31" "$fb/judgemessage.txt" || fail "guess interactor: no 'more than 31' message"
    # A real two-way session through two FIFOs: interactor <-> binary search in bash.
    mkfifo "$WORK/to_sub" "$WORK/to_val"
    local secret
    for secret in 1 1000000000 123456789; do
        echo "$secret" >"$WORK/secret.in"
        rm -rf "$fb"; mkdir -p "$fb"
        "$v" "$WORK/secret.in" "$WORK/secret.in" "$fb/" <"$WORK/to_val" >"$WORK/to_sub" 2>/dev/null &
        local vpid=$!
        (
            lo=1 hi=1000000000
            while [ "$lo" -le "$hi" ]; do
                mid=$(((lo + hi) / 2))
                echo "? $mid"          # echo is a write(2): nothing to flush in bash
                read -r reply || exit 0
                case "$reply" in
                    "=") exit 0 ;;
                    "<") hi=$((mid - 1)) ;;
                    *) lo=$((mid + 1)) ;;
                esac
            done
        ) >"$WORK/to_val" <"$WORK/to_sub"
        wait "$vpid"
        got=$?
        [ "$got" = 42 ] || fail "guess interactor (FIFO session, secret $secret) gave $got, expected 42"
    done
    say "guess interactor: ${#cases[@]} scripted sessions + too-many-queries + 3 FIFO sessions checked"
}

only=("$@")
want() {
    [ ${#only[@]} -eq 0 ] && return 0
    local p
    for p in "${only[@]}"; do [ "$p" = "$1" ] && return 0; done
    return 1
}

want pairsum && check_pairsum_validator
want guess && check_guess_interactor

# ---------------------------------------------------------------- submissions (Python part)
"$PY" - "$HERE" "$WORK" "$@" <<'PYEOF'
import os, re, resource, shutil, signal, subprocess, sys, threading, time

HERE, WORK = sys.argv[1], sys.argv[2]
ONLY = sys.argv[3:]
JDK = "/usr/lib/jvm/java-17-openjdk-amd64/bin"
PROBLEMS = ["hello", "aplusb", "fence", "pairsum", "guess", "maxsub"]
FOLDER_VERDICT = {"accepted": "AC", "wrong_answer": "WA", "time_limit_exceeded": "TLE",
                  "run_time_error": "RTE", "memory_limit_exceeded": "MLE", "compile_error": "CE"}
DOMJUDGE = {"CORRECT": "AC", "WRONG-ANSWER": "WA", "TIMELIMIT": "TLE", "RUN-ERROR": "RTE",
            "COMPILER-ERROR": "CE", "MEMORY-LIMIT": "MLE", "NO-OUTPUT": "WA", "OUTPUT-LIMIT": "OLE"}
failures = 0
skipped = 0
checked = 0


def tiny_yaml(path):
    """Enough YAML for our own flat problem.yaml / testdata.yaml files (one nesting level)."""
    out, cur = {}, None
    if not os.path.exists(path):
        return out
    for raw in open(path):
        line = raw.split(" #")[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        key, _, val = line.strip().partition(":")
        if line.startswith(" ") and cur is not None:
            out[cur][key] = val.strip()
        elif val.strip() == "":
            cur = key
            out[key] = {}
        else:
            cur = None
            out[key] = val.strip()
    return out


def have(tool):
    return shutil.which(tool) is not None or os.path.exists(tool)


def compile_submission(path, outdir):
    """Returns (status, argv, kind): status 'ok' | 'CE' | 'SKIP'; kind native/jvm/interp."""
    os.makedirs(outdir, exist_ok=True)
    files = sorted(os.path.join(path, f) for f in os.listdir(path)) if os.path.isdir(path) else [path]
    exts = {os.path.splitext(f)[1] for f in files}
    if len(exts) != 1:
        return "SKIP", None, None
    ext = exts.pop()
    exe = os.path.join(outdir, "a.out")

    def run_compiler(cmd):
        r = subprocess.run(cmd, cwd=outdir, capture_output=True, timeout=120)
        return r.returncode == 0

    if ext == ".c":
        return ("ok" if run_compiler(["gcc", "-O2", "-std=gnu11", "-o", exe] + files + ["-lm"]) else "CE"), [exe], "native"
    if ext == ".cpp":
        return ("ok" if run_compiler(["g++", "-O2", "-std=gnu++17", "-o", exe] + files) else "CE"), [exe], "native"
    if ext == ".rs":
        if not have("rustc"):
            return "SKIP", None, None
        return ("ok" if run_compiler(["rustc", "-O", "--edition", "2021", "-o", exe] + files) else "CE"), [exe], "native"
    if ext == ".go":
        if not have("go"):
            return "SKIP", None, None
        env = dict(os.environ, GOCACHE=os.path.join(WORK, "gocache"), GO111MODULE="off")
        r = subprocess.run(["go", "build", "-o", exe] + files, cwd=outdir, capture_output=True, env=env)
        return ("ok" if r.returncode == 0 else "CE"), [exe], "go"  # Go reserves address space: no AS cap
    if ext == ".java":
        if not run_compiler([JDK + "/javac", "-encoding", "UTF-8", "-d", outdir] + files):
            return "CE", None, None
        main = None
        for f in files:  # the class with a main method (file name == public class name)
            if re.search(r"public\s+static\s+void\s+main\s*\(", open(f).read()):
                main = os.path.splitext(os.path.basename(f))[0]
        return "ok", [JDK + "/java", "-Xmx256m", "-Xss64m", "-cp", outdir, main], "jvm"
    interp = {".py": "/usr/bin/python3", ".js": "/usr/bin/node", ".sh": "/bin/bash",
              ".pl": "/usr/bin/perl", ".rb": "ruby"}.get(ext)
    if interp is None or not have(interp):
        return "SKIP", None, None
    if ext == ".py":
        ok = subprocess.run([interp, "-m", "py_compile", files[0]], capture_output=True,
                            env=dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(WORK, "pyc"))).returncode == 0
        if not ok:
            return "CE", None, None
    return "ok", [interp, files[0]], "interp"


def limits(kind, mem_mib):
    def apply():
        if kind == "native":  # address-space cap so a memory hog fails fast; the judge uses cgroups
            cap = (mem_mib + 64) << 20
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return apply


def wait_with_timeout(procs, seconds):
    """Waits for Popen objects (main first); kills all process groups after `seconds`.
    Returns (timed_out, rusage of main)."""
    timed_out = [False]

    def killer():
        timed_out[0] = True
        for p in procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    t = threading.Timer(seconds, killer)
    t.start()
    _, status, ru = os.wait4(procs[0].pid, 0)
    procs[0].returncode = os.waitstatus_to_exitcode(status)
    t.cancel()
    return timed_out[0], ru


def classify(timed_out, ru, rc, stderr, tl, mem_mib):
    cpu = ru.ru_utime + ru.ru_stime
    if timed_out or cpu > tl:
        return "TLE"
    if ru.ru_maxrss > mem_mib * 1024 or re.search(rb"OutOfMemoryError|MemoryError|bad_alloc", stderr):
        return "MLE"
    if rc != 0:
        return "RTE"
    return None


FLOAT_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def default_validator(team_bytes, ans_path, flags):
    case = "case_sensitive" in flags
    abs_tol = rel_tol = None
    for i, f in enumerate(flags):
        if f == "float_tolerance":
            abs_tol = rel_tol = float(flags[i + 1])
        elif f == "float_absolute_tolerance":
            abs_tol = float(flags[i + 1])
        elif f == "float_relative_tolerance":
            rel_tol = float(flags[i + 1])
    team = team_bytes.decode("utf-8", "replace").split()
    judge = open(ans_path).read().split()
    if len(team) != len(judge):
        return False
    for t, j in zip(team, judge):
        if (abs_tol is not None or rel_tol is not None) and FLOAT_RE.fullmatch(j):
            if not FLOAT_RE.fullmatch(t):
                return False
            tv, jv = float(t), float(j)
            if abs_tol is not None and abs(tv - jv) <= abs_tol:
                continue
            if rel_tol is not None and abs(tv - jv) <= rel_tol * abs(jv):
                continue
            return False
        elif (t if case else t.lower()) != (j if case else j.lower()):
            return False
    return True


def run_test(prob, argv, kind, inp, ans):
    tl, mem = prob["tl"], prob["mem"]
    fb = os.path.join(WORK, "feedback")
    shutil.rmtree(fb, ignore_errors=True)
    os.makedirs(fb)
    if prob["interactive"]:
        s2v_r, s2v_w = os.pipe()
        v2s_r, v2s_w = os.pipe()
        sub = subprocess.Popen(argv, stdin=v2s_r, stdout=s2v_w, stderr=subprocess.PIPE,
                               start_new_session=True, preexec_fn=limits(kind, mem))
        val = subprocess.Popen([prob["validator"], inp, ans, fb + "/"], stdin=s2v_r, stdout=v2s_w,
                               stderr=subprocess.DEVNULL, start_new_session=True)
        for fd in (s2v_r, s2v_w, v2s_r, v2s_w):
            os.close(fd)
        err_chunks = []
        reader = threading.Thread(target=lambda: err_chunks.append(sub.stderr.read()))
        reader.start()
        timed_out, ru = wait_with_timeout([sub, val], 2 * tl + 0.5)
        try:
            vrc = val.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(val.pid, signal.SIGKILL)
            vrc = val.wait()
        reader.join()
        bad = classify(timed_out, ru, sub.returncode, err_chunks[0] if err_chunks else b"", tl, mem)
        if bad == "TLE":
            return "TLE"
        if vrc == 43:
            return "WA"
        if vrc != 42:
            return "JE(validator exit %s)" % vrc
        return bad or "AC"
    out_path = os.path.join(WORK, "out.txt")
    with open(inp, "rb") as fin, open(out_path, "wb") as fout:
        p = subprocess.Popen(argv, stdin=fin, stdout=fout, stderr=subprocess.PIPE,
                             start_new_session=True, preexec_fn=limits(kind, mem))
        err_chunks = []
        reader = threading.Thread(target=lambda: err_chunks.append(p.stderr.read()))
        reader.start()
        timed_out, ru = wait_with_timeout([p], 2 * tl + 0.5)
        reader.join()
    bad = classify(timed_out, ru, p.returncode, err_chunks[0] if err_chunks else b"", tl, mem)
    if bad:
        return bad
    team = open(out_path, "rb").read()
    if prob["validator"]:
        with open(out_path, "rb") as fin:
            vrc = subprocess.run([prob["validator"], inp, ans, fb + "/"] + prob["flags"], stdin=fin,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if vrc not in (42, 43):
            return "JE(validator exit %s)" % vrc
        if not os.path.exists(os.path.join(fb, "judgemessage.txt")):
            return "JE(no judgemessage.txt)"
        return "AC" if vrc == 42 else "WA"
    return "AC" if default_validator(team, ans, prob["flags"]) else "WA"


def groups(d):
    """Test groups in judging order: list of (group_dir, [test basenames])."""
    res = []
    for sub in ("sample", "secret"):
        root = os.path.join(d, "data", sub)
        for dirpath, dirnames, filenames in sorted(os.walk(root)):
            dirnames.sort()
            tests = sorted(f[:-3] for f in filenames if f.endswith(".in"))
            if tests:
                res.append((dirpath, tests))
    return res


def load_problem(name):
    d = os.path.join(HERE, name)
    y = tiny_yaml(os.path.join(d, "problem.yaml"))
    validation = y.get("validation", "default").split()
    prob = {"dir": d, "tl": float(open(os.path.join(d, ".timelimit")).read().strip()),
            "mem": int(y["limits"]["memory"]), "flags": y.get("validator_flags", "").split(),
            "interactive": "interactive" in validation, "validator": None,
            "scoring": y.get("type") == "scoring"}
    if validation[0] == "custom":
        vdirs = os.listdir(os.path.join(d, "output_validators"))
        src_dir = os.path.join(d, "output_validators", vdirs[0])
        exe = os.path.join(WORK, name + "-validator")
        srcs = [os.path.join(src_dir, f) for f in os.listdir(src_dir) if f.endswith(".cpp")]
        subprocess.run(["g++", "-O2", "-std=gnu++17", "-o", exe] + srcs, check=True)
        prob["validator"] = exe
    return prob


def expected_of(path, folder):
    text = ""
    for f in ([os.path.join(path, x) for x in sorted(os.listdir(path))] if os.path.isdir(path) else [path]):
        text += open(f, errors="replace").read()
    m = re.search(r"@EXPECTED_RESULTS@:\s*([A-Z, -]+)", text)
    header = {DOMJUDGE[w.strip()] for w in m.group(1).split(",") if w.strip()} if m else None
    s = re.search(r"Expected score:\s*(\d+)", text)
    return header, (int(s.group(1)) if s else None)


def judge(prob, argv, kind):
    """Returns (final verdict, score or None, per-test log). ICPC order: first failure decides
    the verdict. For the scoring problem every group is judged (break inside a group)."""
    log = []
    first_bad = None
    score = 0.0
    for gdir, tests in groups(prob["dir"]):
        td = tiny_yaml(os.path.join(gdir, "testdata.yaml"))
        group_ok = True
        for t in tests:
            v = run_test(prob, argv, kind, os.path.join(gdir, t + ".in"), os.path.join(gdir, t + ".ans"))
            log.append("%s/%s:%s" % (os.path.relpath(gdir, prob["dir"]), t, v))
            if v != "AC":
                group_ok = False
                first_bad = first_bad or v
                if not prob["scoring"]:
                    return first_bad, None, log
                if td.get("on_reject", "break") == "break":
                    break
        if prob["scoring"] and group_ok and "secret" in gdir:
            score += float(td.get("accept_score", 1))
    return first_bad or "AC", (score if prob["scoring"] else None), log


for name in PROBLEMS:
    if ONLY and name not in ONLY:
        continue
    prob = load_problem(name)
    d = prob["dir"]
    # 1. input validators on every .in
    for vf in sorted(os.listdir(os.path.join(d, "input_validators"))):
        for gdir, tests in groups(d):
            for t in tests:
                with open(os.path.join(gdir, t + ".in"), "rb") as fin:
                    rc = subprocess.run(["/usr/bin/python3", os.path.join(d, "input_validators", vf)],
                                        stdin=fin, capture_output=True).returncode
                if rc != 42:
                    print("FAIL: %s input validator %s rejects %s/%s" % (name, vf, gdir, t))
                    failures += 1
    # 2. submissions
    subroot = os.path.join(d, "submissions")
    for folder in sorted(os.listdir(subroot)):
        for entry in sorted(os.listdir(os.path.join(subroot, folder))):
            path = os.path.join(subroot, folder, entry)
            header, exp_score = expected_of(path, folder)
            allowed = header or {FOLDER_VERDICT[folder]}
            if header and folder in FOLDER_VERDICT and header != {FOLDER_VERDICT[folder]}:
                print("FAIL: %s/%s/%s: @EXPECTED_RESULTS@ %s disagrees with its folder" % (name, folder, entry, header))
                failures += 1
            t0 = time.time()
            status, argv, kind = compile_submission(path, os.path.join(WORK, "build", name, folder, entry))
            if status == "SKIP":
                print("SKIP  %-8s %-22s %-22s (no toolchain)" % (name, folder, entry))
                skipped += 1
                continue
            if status == "CE":
                verdict, score, log = "CE", None, []
            else:
                verdict, score, log = judge(prob, argv, kind)
            ok = verdict in allowed
            if prob["scoring"] and exp_score is not None and score != exp_score and verdict != "CE":
                ok = False
            if folder == "partially_accepted" and not (score and 0 < score < 100):
                ok = False
            checked += 1
            if not ok:
                failures += 1
            print("%-5s %-8s %-22s %-22s got %-4s expected %-10s%s  (%.1fs)" % (
                "ok" if ok else "FAIL", name, folder, entry, verdict, "/".join(sorted(allowed)),
                "" if score is None else " score %g%s" % (score, "" if exp_score is None else " (expected %d)" % exp_score),
                time.time() - t0))
            if not ok:
                print("      " + " ".join(log))

print("submissions: %d checked, %d skipped, %d failed" % (checked, skipped, failures))
sys.exit(1 if failures else 0)
PYEOF
PYFAILS=$?
[ "$PYFAILS" -ne 0 ] && FAILS=$((FAILS + 1))
if [ "$FAILS" -eq 0 ]; then say "ALL CHECKS PASSED"; else say "SOME CHECKS FAILED"; fi
[ "$FAILS" -eq 0 ]
