package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code gavel verify} for people: each problem's time limit, then one table of all submissions (problem, submission,
 * language, expected, actual, time, memory, ok) with the reason under every mismatch, then a summary line.
 */
public final class TableReport implements Verifier.Listener {

    private static final String[] HEADER = {"problem", "submission", "language", "expected", "actual", "time",
            "memory", "ok"};
    private final PrintWriter out;
    private final List<VerifyRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public TableReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void timeLimit(String problem, Duration limit, String how) {
        notes.add(problem + ": time limit " + Verifier.seconds(limit).replaceAll("\\.?0+$", "") + " s (" + how + ")");
    }

    @Override
    public void packageDone(List<VerifyRow> packageRows) {
        rows.addAll(packageRows);
    }

    /** Prints the table and the summary. */
    public void print(VerifySummary summary) {
        notes.forEach(out::println);
        if (!notes.isEmpty()) out.println();
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (VerifyRow r : rows) cells.add(cells(r));
        int[] width = new int[HEADER.length];
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) width[i] = Math.max(width[i], c[i].length());
        }
        for (int k = 0; k < cells.size(); k++) {
            String[] c = cells.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                boolean right = i == 5 || i == 6;
                String cell = right ? pad(c[i], width[i], true) : pad(c[i], width[i], false);
                line.append(cell).append(i + 1 < c.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
            if (k > 0) {
                VerifyRow r = rows.get(k - 1);
                if (r.status() != VerifyRow.Status.OK && !r.note().isEmpty()) {
                    for (String noteLine : r.note().split("\n")) out.println("    " + noteLine);
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%d submission%s: %d ok, %d mismatch, %d skipped, in %.1f s%n", summary.total(),
                summary.total() == 1 ? "" : "s", summary.ok(), summary.mismatch(), summary.skipped(),
                summary.elapsed().toMillis() / 1000.0);
        out.flush();
    }

    private static String[] cells(VerifyRow r) {
        String expected = r.expected().isEmpty() ? "-" : r.expected().stream().map(Verdict::name)
                .collect(Collectors.joining(","));
        boolean ran = r.actual() != null;
        return new String[]{
                r.problem(),
                r.submission() == null ? "(package)" : r.submission(),
                r.language() == null ? "-" : r.language(),
                expected,
                ran ? r.actual().name() + (r.score() == null ? "" : " " + JudgeResult.points(r.score())) : "-",
                ran ? String.format(Locale.ROOT, "%.2fs", r.maxTime().toMillis() / 1000.0) : "-",
                ran ? String.format(Locale.ROOT, "%.1fM", r.maxMemoryKib() / 1024.0) : "-",
                switch (r.status()) {
                    case OK -> "ok";
                    case MISMATCH -> "MISMATCH";
                    case SKIPPED -> "skipped";
                }
        };
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
