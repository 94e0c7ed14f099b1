package dev.gavel.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the machine's CPU went between two moments: the server process (and its JIT compiler threads apart), this load
 * generator, and everything else (PostgreSQL's backends, other people's builds) from /proc/stat. In cores, i.e. CPU
 * seconds per second.
 *
 * <p>The JIT compilers' share tells whether the server is warm: on two cores a fresh server's C1 and C2 threads use
 * 0.3-0.5 cores for the first minute of load, so a figure measured meanwhile is the JIT's, not the server's.
 * {@link #awaitWarmJit} waits that out.
 */
final class CpuMeter {

    private final long serverPid;
    private final String database;

    /** @param database the PostgreSQL database whose backends to count apart, or null */
    CpuMeter(long serverPid, String database) {
        this.serverPid = serverPid;
        this.database = database;
    }

    /** The JIT compilers count as quiet below this many cores, averaged over {@link #QUIET_WINDOW_SECONDS}. */
    static final double QUIET_JIT_CORES = 0.05;
    static final int QUIET_WINDOW_SECONDS = 10;

    record Snapshot(long at, long serverNanos, long selfNanos, long databaseTicks, long machineBusyTicks,
                    long serverJitTicks) {
    }

    /** How a warm-up ended: after how long, and whether the server's JIT compilers had gone quiet by then. */
    record Warmup(Duration took, double jitCores, boolean quiet) {
        @Override
        public String toString() {
            String end = quiet ? "until the server's JIT went quiet" : "stopped at its limit, JIT not quiet";
            return String.format(Locale.ROOT, "warm-up %d s, %s (JIT compilers %.2f cores over the last %d s)",
                    took.toSeconds(), end, jitCores, QUIET_WINDOW_SECONDS);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), cpuOf(ProcessHandle.of(serverPid).orElse(null)),
                cpuOf(ProcessHandle.current()), database == null ? 0 : backendTicks(database), machineBusyTicks(),
                jitTicks());
    }

    /**
     * Waits, while the caller's load runs, at least {@code least} from {@code since} (a {@link System#nanoTime}), then
     * until the server's JIT compiler threads use less than {@link #QUIET_JIT_CORES} over the last
     * {@link #QUIET_WINDOW_SECONDS} seconds, or until {@code most} has passed.
     */
    Warmup awaitWarmJit(long since, Duration least, Duration most) throws InterruptedException {
        sleepUntil(since + least.toNanos());
        long[] ticks = new long[QUIET_WINDOW_SECONDS + 1];
        for (int s = 0; ; s++) {
            ticks[s % ticks.length] = jitTicks();
            long now = System.nanoTime();
            double cores = s < QUIET_WINDOW_SECONDS ? Double.NaN
                    : (ticks[s % ticks.length] - ticks[(s + 1) % ticks.length]) / 100.0 / QUIET_WINDOW_SECONDS;
            boolean quiet = cores < QUIET_JIT_CORES;
            if (quiet || now - since >= most.toNanos()) {
                return new Warmup(Duration.ofNanos(now - since), cores, quiet);
            }
            sleepUntil(now + 1_000_000_000L);
        }
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
    }

    /** utime + stime of the server's C1 and C2 compiler threads ("C2 CompilerThread0", cut to 15 characters). */
    private long jitTicks() {
        return ticksOf(Path.of("/proc", String.valueOf(serverPid), "task"),
                thread -> Files.readString(thread.resolve("comm")).contains("CompilerThre"));
    }

    /** utime + stime of the PostgreSQL backends serving the database ("postgres: user db ..." in their command line). */
    private static long backendTicks(String database) {
        return ticksOf(Path.of("/proc"), process -> {
            String cmd = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
            return cmd.startsWith("postgres: ") && cmd.contains(" " + database + " ");
        });
    }

    /** Which entries of a /proc directory (processes, or one process's threads) to count. */
    @FunctionalInterface
    private interface Counted {
        boolean test(Path entry) throws IOException;
    }

    /** utime + stime, in clock ticks, of the numbered entries of {@code dir} that count. */
    private static long ticksOf(Path dir, Counted counted) {
        long ticks = 0;
        try (var entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path entry : entries) {
                try {
                    if (!counted.test(entry)) continue;
                    String stat = Files.readString(entry.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process or thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    static String between(Snapshot a, Snapshot b) {
        double seconds = (b.at() - a.at()) / 1e9;
        double server = (b.serverNanos() - a.serverNanos()) / 1e9 / seconds;
        double self = (b.selfNanos() - a.selfNanos()) / 1e9 / seconds;
        // USER_HZ is 100 on Linux
        double machine = (b.machineBusyTicks() - a.machineBusyTicks()) / 100.0 / seconds;
        double db = (b.databaseTicks() - a.databaseTicks()) / 100.0 / seconds;
        double jit = (b.serverJitTicks() - a.serverJitTicks()) / 100.0 / seconds;
        String backends = b.databaseTicks() == 0 ? "" : String.format(Locale.ROOT, "postgres backends %.2f, ", db);
        double rest = Math.max(0, machine - server - self - db);
        return String.format(Locale.ROOT, "cpu cores busy: server %.2f (JIT compilers %.2f), load generator %.2f, "
                + "%srest of machine %.2f (of %d)", server, jit, self, backends, rest,
                Runtime.getRuntime().availableProcessors());
    }

    private static long cpuOf(ProcessHandle p) {
        if (p == null) return 0;
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** user + nice + system + irq + softirq + steal of the first line of /proc/stat, in clock ticks. */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f[i]);
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
