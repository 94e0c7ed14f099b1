package dev.gavel.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the machine's CPU went between two moments: the server process, this load generator, and everything else
 * (PostgreSQL's backends, other people's builds) from /proc/stat. In cores, i.e. CPU seconds per second.
 */
final class CpuMeter {

    private final long serverPid;
    private final String database;

    /** @param database the PostgreSQL database whose backends to count apart, or null */
    CpuMeter(long serverPid, String database) {
        this.serverPid = serverPid;
        this.database = database;
    }

    record Snapshot(long at, long serverNanos, long selfNanos, long databaseTicks, long machineBusyTicks) {
    }

    Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), cpuOf(ProcessHandle.of(serverPid).orElse(null)),
                cpuOf(ProcessHandle.current()), database == null ? 0 : backendTicks(database), machineBusyTicks());
    }

    /** utime + stime of the PostgreSQL backends serving the database ("postgres: user db ..." in their command line). */
    private static long backendTicks(String database) {
        long ticks = 0;
        try (var procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : procs) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (!cmd.startsWith("postgres: ") || !cmd.contains(" " + database + " ")) continue;
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
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
        return String.format(Locale.ROOT, "cpu cores busy: server %.2f, load generator %.2f, %srest of machine %.2f "
                + "(of %d)", server, self, b.databaseTicks() == 0 ? "" : String.format(Locale.ROOT,
                "postgres backends %.2f, ", db), Math.max(0, machine - server - self - db),
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
