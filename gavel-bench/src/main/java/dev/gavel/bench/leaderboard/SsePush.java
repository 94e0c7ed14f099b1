package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.Board;
import dev.gavel.server.contest.board.Judgement;
import dev.gavel.server.contest.board.Outcome;
import dev.gavel.server.contest.board.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push latency to real viewers: {@code viewers} Server-Sent-Event streams of a {@link ServedBoard} (opened by an
 * {@link SseSubscribers} process), while judgements go into its board at {@code rate} a second in all — probes, ten a
 * second, each one more rejected try of a probe participant, and the synthetic contest's for the rest. Every viewer
 * gets every row change, so the rate is what a viewer's connection carries; the latency is from handing a probe to
 * the board to a viewer reading its row. Once every viewer is connected, the same load runs unmeasured for a few
 * seconds first, as the bench's other phases warm up before they measure.
 */
final class SsePush {

    private static final int PROBES_PER_SECOND = 10;
    /** Probe submission ids, far above the synthetic contest's and never reused (a reused id replaces a result). */
    private static final AtomicLong PROBE_SUBMISSIONS = new AtomicLong(1L << 61);
    private static final Pattern P99 = Pattern.compile("p99 ms = ([0-9.]+|NaN)");

    /** One measurement's line, and its p99 in milliseconds. */
    record Result(String line, double p99) {
    }

    private SsePush() {
    }

    static Result measure(ServedBoard served, int viewers, double rate, int warmupSeconds, int seconds, int participants,
                          int problems) throws IOException, InterruptedException {
        Process child = viewersProcess(served, viewers);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter in = new PrintWriter(child.getOutputStream(), true,
                StandardCharsets.UTF_8)) {
            String line = out.readLine();
            if (!"ready".equals(line)) throw new IllegalStateException("the viewers did not connect: " + line);
            long start = System.nanoTime();
            SyntheticContest background = new SyntheticContest(PushProbe.PARTICIPANTS, participants, problems, 1, 0,
                    () -> 5 * 60_000L + (System.nanoTime() - start) / 1_000_000, 20250102L);
            // the same load first, unmeasured (its probes are not sent to the viewers): the connection storm ends
            // with the last streams' objects being promoted by the GC, which is not what a viewer of a running
            // contest waits for
            feed(served.board(), background, rate, warmupSeconds);
            List<long[]> probes = feed(served.board(), background, rate, seconds);
            for (long[] p : probes) in.println(p[0] + " " + p[1] + " " + p[2]);
            in.println("end");
            in.flush();
            String result = out.readLine();
            if (result == null) throw new IllegalStateException("the viewers' process ended without a result");
            Matcher m = P99.matcher(result);
            double p99 = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            return new Result(String.format(Locale.ROOT, "%d viewers, %.0f judgements/s: %s", viewers, rate, result),
                    p99);
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) child.destroyForcibly();
        }
    }

    private static Process viewersProcess(ServedBoard served, int viewers) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SseSubscribers.class.getName(), String.valueOf(served.port()), served.eventsPath(),
                String.valueOf(viewers), String.valueOf(PushProbe.PARTICIPANTS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Feeds the board for {@code seconds}, in ticks of 100 ms; returns the probes: participant, tries, sent at. */
    private static List<long[]> feed(Board board, SyntheticContest background, double rate, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        List<long[]> probes = new ArrayList<>();
        int perTick = (int) Math.max(0, Math.round((rate - PROBES_PER_SECOND) / 10));
        for (int tick = 0; tick < seconds * 10; tick++) {
            long due = start + tick * 100_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            List<Judgement> batch = new ArrayList<>(perTick);
            for (int i = 0; i < perTick; i++) batch.add(background.next());
            if (!batch.isEmpty()) board.recordAll(batch);
            int p = tick % PushProbe.PARTICIPANTS;
            // one more than now: earlier measurements on this board tried too
            int tries = 1 + board.row(View.FULL, p).map(r -> r.row().cells().getFirst().tries()).orElse(0);
            long at = (System.nanoTime() - start) / 1_000_000 + 5 * 60_000L;
            probes.add(new long[] {p, tries, System.nanoTime()});
            board.record(Judgement.icpc(p, 0, PROBE_SUBMISSIONS.getAndIncrement(), at, Outcome.REJECTED));
        }
        return probes;
    }
}
