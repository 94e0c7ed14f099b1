package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a submission is expected to get: its folder's verdict, unless a source says otherwise. */
public final class ExpectedResults {

    private static final Pattern MARKER = Pattern.compile("@EXPECTED_RESULTS@:\\s*([^\\r\\n]*)");
    private static final int MAX_SCAN = 1 << 20;

    private ExpectedResults() {
    }

    /**
     * The verdicts of a {@code submissions/} folder, or empty for a folder with no meaning. ({@code accepted} also
     * needs the full score of a scoring problem, {@code partially_accepted} less: see {@link #of}.)
     */
    public static Optional<Set<Verdict>> ofFolder(String folder) {
        return Optional.ofNullable(switch (folder) {
            case "accepted", "partially_accepted" -> EnumSet.of(Verdict.AC);
            case "wrong_answer" -> EnumSet.of(Verdict.WA);
            case "time_limit_exceeded" -> EnumSet.of(Verdict.TLE);
            case "run_time_error" -> EnumSet.of(Verdict.RE);
            case "memory_limit_exceeded" -> EnumSet.of(Verdict.MLE);
            case "output_limit_exceeded" -> EnumSet.of(Verdict.OLE);
            case "compile_error" -> EnumSet.of(Verdict.CE);
            // "rejected" is anything the submission's own fault: a judge fault never counts as a match
            case "rejected" -> EnumSet.of(Verdict.WA, Verdict.TLE, Verdict.MLE, Verdict.OLE, Verdict.RE, Verdict.CE);
            default -> null;
        });
    }

    /**
     * Reads {@code @EXPECTED_RESULTS@: A, B} from a line of text, in DOMjudge's words ({@code CORRECT},
     * {@code WRONG-ANSWER}, {@code TIMELIMIT}, {@code RUN-ERROR}, {@code COMPILER-ERROR}, {@code NO-OUTPUT},
     * {@code OUTPUT-LIMIT}) or Gavel's ({@code AC}, {@code WA}, ...).
     *
     * @return empty when the text has no marker
     * @throws IllegalArgumentException naming a word that is no verdict
     */
    public static Optional<Set<Verdict>> parse(String text) {
        Matcher m = MARKER.matcher(text);
        if (!m.find()) return Optional.empty();
        String list = m.group(1).replaceAll("\\*/.*$", "").replaceAll("-->.*$", "").trim();
        Set<Verdict> out = EnumSet.noneOf(Verdict.class);
        for (String word : list.split("[,\\s]+")) {
            if (word.isBlank()) continue;
            out.add(Verdict.parse(word).orElseThrow(() -> new IllegalArgumentException(
                    "unknown verdict '" + word + "' in @EXPECTED_RESULTS@ (use e.g. CORRECT, WRONG-ANSWER, TIMELIMIT,"
                            + " RUN-ERROR, COMPILER-ERROR, NO-OUTPUT, OUTPUT-LIMIT, MEMORY-LIMIT)")));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("@EXPECTED_RESULTS@ lists no verdict");
        return Optional.of(out);
    }

    /**
     * The expectation of a submission: the first {@code @EXPECTED_RESULTS@} among its files, else its folder's.
     *
     * @throws IllegalArgumentException naming the file with a bad marker
     */
    public static Expectation of(String folder, List<Path> files, Path packageRoot) {
        for (Path f : files) {
            String text;
            try (var in = Files.newInputStream(f)) {
                text = new String(in.readNBytes(MAX_SCAN), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            try {
                Optional<Set<Verdict>> parsed = parse(text);
                if (parsed.isPresent()) {
                    return new Expectation(parsed.get(), "@EXPECTED_RESULTS@ in " + f.getFileName(), true,
                            Expectation.ScoreRule.ANY);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(packageRoot.relativize(f) + ": " + e.getMessage());
            }
        }
        Expectation.ScoreRule rule = switch (folder) {
            case "accepted" -> Expectation.ScoreRule.FULL;
            case "partially_accepted" -> Expectation.ScoreRule.PARTIAL;
            default -> Expectation.ScoreRule.ANY;
        };
        return ofFolder(folder).map(v -> new Expectation(v, "folder " + folder, false, rule))
                .orElse(new Expectation(Set.of(), "folder " + folder + " (not a verdict folder)"));
    }
}
