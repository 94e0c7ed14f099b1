package dev.gavel.judge.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.judging.JudgeOptions;
import dev.gavel.judge.judging.PreparedProblem;
import dev.gavel.judge.judging.Submission;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.testkit.HostLanguages;
import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {


    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Judges by file name: "wa" anywhere in it is WA, "slow" takes 300 ms, anything else is AC in 100 ms. */
    static final class ByName implements SubmissionJudge {
        final List<Duration> limits = Collections.synchronizedList(new ArrayList<>());

        @Override
        public PreparedProblem prepare(Problem problem) {
            return new PreparedProblem(problem, null);
        }

        @Override
        public JudgeResult judge(PreparedProblem problem, Submission submission, JudgeOptions options) {
            limits.add(options.timeLimit());
            String name = submission.files().get(0).getFileName().toString();
            Verdict v = name.contains("wa") ? Verdict.WA : Verdict.AC;
            Duration t = Duration.ofMillis(name.contains("slow") ? 300 : 100);
            return new JudgeResult(v, null, t, ByteSize.ofKiB(2048), "", List.of(),
                    v == Verdict.AC ? "" : "Wrong Answer on test secret/1: expected '1', got '2' at token 1");
        }
    }

    private Path smallPackage() throws IOException {
        write("pkg/problem.yaml", "name: Small\n");
        write("pkg/data/secret/1.in", "1\n");
        write("pkg/data/secret/1.ans", "1\n");
        write("pkg/submissions/accepted/a.py", "print(1)\n");
        write("pkg/submissions/accepted/slow.py", "print(1)\n");
        write("pkg/submissions/accepted/wa.py", "print(2)\n");
        write("pkg/submissions/wrong_answer/wa.c", "// @EXPECTED_RESULTS@: WRONG-ANSWER, CORRECT\n");
        write("pkg/submissions/wrong_answer/notes.xyz", "?");
        write("pkg/submissions/slow_ones/a.sh", "echo 1\n");
        return tmp.resolve("pkg");
    }

    @Test
    void jsonLinesHaveOneObjectPerSubmissionAndASummary() throws Exception {
        Path pkg = smallPackage();
        write("broken/problem.yaml", "name: [oops\n");
        ByName judge = new ByName();
        StringWriter text = new StringWriter();
        JsonLinesReport json = new JsonLinesReport(new PrintWriter(text));
        Verifier verifier = new Verifier(new HostLanguages(tmp.resolve("build")), judge, 2, Duration.ofSeconds(10));
        List<VerifyRow> rows = verifier.verify(List.of(pkg, tmp.resolve("broken")), json);
        json.summary(VerifySummary.of(rows, Duration.ofMillis(1234)));

        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) lines.add(mapper.readTree(line));
        assertEquals(8, lines.size());
        JsonNode first = lines.get(0);
        assertEquals(List.of("problem", "submission", "language", "expected", "actual", "score", "max_time_ms",
                "max_memory_kib", "ok", "status", "reason"), fieldNames(first));
        assertEquals("pkg", first.get("problem").asText());
        assertEquals("submissions/accepted/a.py", first.get("submission").asText());
        assertEquals("python3", first.get("language").asText());
        assertEquals("AC", first.get("expected").get(0).asText());
        assertEquals("AC", first.get("actual").asText());
        assertEquals(100, first.get("max_time_ms").asLong());
        assertEquals(2048, first.get("max_memory_kib").asLong());
        assertTrue(first.get("ok").asBoolean());

        Map<String, JsonNode> bySubmission = new java.util.HashMap<>();
        for (JsonNode n : lines) {
            if (n.has("submission")) bySubmission.put(n.get("submission").asText(), n);
        }
        JsonNode wrongInAccepted = bySubmission.get("submissions/accepted/wa.py");
        assertFalse(wrongInAccepted.get("ok").asBoolean());
        assertEquals("mismatch", wrongInAccepted.get("status").asText());
        assertTrue(wrongInAccepted.get("reason").asText().startsWith("Wrong Answer on test secret/1"));
        JsonNode marked = bySubmission.get("submissions/wrong_answer/wa.c");
        assertEquals("[\"AC\",\"WA\"]", marked.get("expected").toString());
        assertTrue(marked.get("ok").asBoolean());
        JsonNode unknown = bySubmission.get("submissions/wrong_answer/notes.xyz");
        assertEquals("skipped", unknown.get("status").asText());
        assertEquals("skipped: unknown source extension '.xyz' (file pkg/submissions/wrong_answer/notes.xyz)",
                unknown.get("reason").asText());
        assertTrue(unknown.get("actual").isNull());
        JsonNode otherFolder = bySubmission.get("submissions/slow_ones/a.sh");
        assertEquals("skipped", otherFolder.get("status").asText());
        assertEquals("AC", otherFolder.get("actual").asText());

        JsonNode broken = lines.get(6);
        assertEquals("broken", broken.get("problem").asText());
        assertTrue(broken.get("submission").isNull());
        assertFalse(broken.get("ok").asBoolean());
        assertTrue(broken.get("reason").asText().startsWith("broken/problem.yaml: not valid YAML"));

        JsonNode summary = lines.get(7);
        assertEquals(List.of("total", "ok", "mismatch", "skipped", "seconds"), fieldNames(summary));
        assertEquals(7, summary.get("total").asInt());
        assertEquals(3, summary.get("ok").asInt());
        assertEquals(2, summary.get("mismatch").asInt());
        assertEquals(2, summary.get("skipped").asInt());
        assertEquals(1.23, summary.get("seconds").asDouble());
    }

    @Test
    void computesTheTimeLimitFromTheSlowestAcceptedSubmission() throws Exception {
        Path pkg = smallPackage();
        ByName judge = new ByName();
        List<String> notes = new ArrayList<>();
        Verifier verifier = new Verifier(new HostLanguages(tmp.resolve("build")), judge, 1, Duration.ofSeconds(10));
        verifier.verify(List.of(pkg), new Verifier.Listener() {
            @Override
            public void timeLimit(String problem, Duration limit, String how) {
                notes.add(problem + " " + limit + " " + how);
            }
        });
        // accepted ones first with the generous limit, then the rest with 0.3 s × 5 rounded up to 2 s
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Duration.ofSeconds(2)), judge.limits);
        assertEquals(List.of("pkg PT2S slowest accepted 0.300 s × 5.0, rounded up"), notes);
    }

    @Test
    void theTableShowsEveryRowAndASummary() throws Exception {
        Path pkg = smallPackage();
        StringWriter text = new StringWriter();
        TableReport table = new TableReport(new PrintWriter(text));
        Verifier verifier = new Verifier(new HostLanguages(tmp.resolve("build")), new ByName(), 1,
                Duration.ofSeconds(10));
        List<VerifyRow> rows = verifier.verify(List.of(pkg), table);
        table.print(VerifySummary.of(rows, Duration.ofSeconds(2)));
        String out = text.toString();
        assertTrue(out.startsWith("pkg: time limit 2 s (slowest accepted 0.300 s × 5.0, rounded up)\n"), out);
        assertTrue(out.contains("problem  submission"), out);
        assertTrue(out.contains("pkg      submissions/accepted/wa.py          python3   AC        WA      0.10s"), out);
        assertTrue(out.contains("MISMATCH\n    Wrong Answer on test secret/1"), out);
        assertTrue(out.endsWith("6 submissions: 3 ok, 1 mismatch, 2 skipped, in 2.0 s\n"), out);
    }

    /** Scoring results by file name: "full" 100 points, "part" 30 points with a WA test, else 0 points. */
    static final class ScoredByName implements SubmissionJudge {
        @Override
        public PreparedProblem prepare(Problem problem) {
            return new PreparedProblem(problem, null);
        }

        @Override
        public JudgeResult judge(PreparedProblem problem, Submission submission, JudgeOptions options) {
            String name = submission.files().get(0).getFileName().toString();
            TestResult ac = new TestResult("secret/g1/1", Verdict.AC, Duration.ZERO, ByteSize.ZERO, "", null);
            if (name.contains("full")) {
                return new JudgeResult(Verdict.AC, 100.0, Duration.ZERO, ByteSize.ZERO, "", List.of(ac), "");
            }
            TestResult tle = new TestResult("secret/g2/1", Verdict.TLE, Duration.ZERO, ByteSize.ZERO, "(slow)", null);
            if (name.contains("part")) {
                return new JudgeResult(Verdict.AC, 30.0, Duration.ZERO, ByteSize.ZERO, "", List.of(ac, tle), "");
            }
            return new JudgeResult(Verdict.TLE, 0.0, Duration.ZERO, ByteSize.ZERO, "", List.of(tle), "TLE");
        }
    }

    @Test
    void scoringExpectationsCheckScoresAndMarkersTheFirstFailure() throws Exception {
        write("sc/problem.yaml", "type: scoring\n");
        write("sc/.timelimit", "1\n");
        write("sc/data/testdata.yaml", "on_reject: continue\ngrader_flags: accept_if_any_accepted\n");
        write("sc/data/secret/g1/testdata.yaml", "grader_flags: min\naccept_score: 30\n");
        write("sc/data/secret/g2/testdata.yaml", "grader_flags: min\naccept_score: 70\n");
        for (String t : new String[]{"g1/1", "g2/1"}) {
            write("sc/data/secret/" + t + ".in", "1\n");
            write("sc/data/secret/" + t + ".ans", "1\n");
        }
        write("sc/submissions/accepted/full.py", "");
        write("sc/submissions/accepted/part.py", "");
        write("sc/submissions/partially_accepted/part.py", "");
        write("sc/submissions/partially_accepted/full.py", "");
        write("sc/submissions/partially_accepted/part_marked.py", "# @EXPECTED_RESULTS@: TIMELIMIT\n");
        Verifier verifier = new Verifier(new HostLanguages(tmp.resolve("build")), new ScoredByName(), 1,
                Duration.ofSeconds(10));
        Map<String, VerifyRow> rows = new java.util.HashMap<>();
        for (VerifyRow r : verifier.verify(List.of(tmp.resolve("sc")), new Verifier.Listener() { })) {
            rows.put(r.submission(), r);
        }
        assertEquals(VerifyRow.Status.OK, rows.get("submissions/accepted/full.py").status());
        VerifyRow notFull = rows.get("submissions/accepted/part.py");
        assertEquals(VerifyRow.Status.MISMATCH, notFull.status());
        assertEquals("score 30 is not the full score 100", notFull.note());
        assertEquals(VerifyRow.Status.OK, rows.get("submissions/partially_accepted/part.py").status());
        assertEquals(VerifyRow.Status.MISMATCH, rows.get("submissions/partially_accepted/full.py").status());
        VerifyRow marked = rows.get("submissions/partially_accepted/part_marked.py");
        assertEquals(VerifyRow.Status.OK, marked.status());
        assertEquals(Verdict.TLE, marked.actual());
        assertEquals(30.0, marked.score());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
