package dev.gavel.judge.checker;

import dev.gavel.judge.Directories;
import dev.gavel.judge.TextExcerpt;
import dev.gavel.judge.language.Executable;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The work directory of an output validator for one submission, and the Kattis protocol around it.
 *
 * <p>Theory of operation: the sandbox shows a run nothing of the host but its work directory, so the validator's
 * program files are copied into a private box once per submission, and for each test the test's input and answer are
 * placed in {@code judge/} and an empty {@code feedback/} directory is made. The validator is started as
 * {@code validator /box/judge/testdata.in /box/judge/testdata.ans /box/feedback/ [flags]}; its verdict is its exit code
 * (42 accepted, 43 wrong answer), its reasons the files it leaves in {@code feedback/}.
 */
public final class ValidatorBox {

    /** Exit code of a validator that accepts. */
    public static final int ACCEPT = 42;
    /** Exit code of a validator that rejects. */
    public static final int REJECT = 43;
    private static final int MESSAGE_BYTES = 2000;

    private final Executable validator;
    private final Path box;
    private final Path judgeDir;
    private final Path feedback;
    private final Path stdout;
    private final Path stderr;

    private ValidatorBox(Executable validator, Path box, Path stdout, Path stderr) {
        this.validator = validator;
        this.box = box;
        this.judgeDir = box.resolve("judge");
        this.feedback = box.resolve("feedback");
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Copies the validator's program into {@code scratch/validator-box}; outputs go beside it. */
    public static ValidatorBox prepare(Executable validator, Path scratch) throws IOException {
        Path box = scratch.resolve("validator-box");
        Files.createDirectories(box);
        copyTree(validator.dir(), box);
        openUp(box, "rwxrwxrwx");
        return new ValidatorBox(validator, box, scratch.resolve("validator.out"), scratch.resolve("validator.err"));
    }

    public Executable validator() {
        return validator;
    }

    /** Host directory the validator writes its feedback to. */
    public Path feedbackDir() {
        return feedback;
    }

    public Path stdoutFile() {
        return stdout;
    }

    public Path stderrFile() {
        return stderr;
    }

    /** Places a test's input and answer and makes the feedback directory empty. */
    public void reset(Path input, Path answer) throws IOException {
        clearFeedback();
        placeInput(input);
        Files.createDirectories(judgeDir);
        Files.copy(answer, judgeDir.resolve("testdata.ans"), StandardCopyOption.REPLACE_EXISTING);
        openUp(judgeDir, "rwxr-xr-x");
        openUp(judgeDir.resolve("testdata.ans"), "rw-r--r--");
    }

    /** Replaces the input (the next pass of a multi-pass problem), keeping the feedback directory. */
    public void placeInput(Path input) throws IOException {
        Files.createDirectories(judgeDir);
        Path target = judgeDir.resolve("testdata.in");
        if (!input.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            Files.copy(input, target, StandardCopyOption.REPLACE_EXISTING);
        }
        openUp(judgeDir, "rwxr-xr-x");
        openUp(target, "rw-r--r--");
    }

    /** Empties the feedback directory (a new test). */
    public void clearFeedback() throws IOException {
        if (Files.exists(feedback)) Directories.delete(feedback);
        Files.createDirectories(feedback);
        openUp(feedback, "rwxrwxrwx");
    }

    /** The run of the validator with these extra flags; the caller sets its standard input and output. */
    public RunSpec spec(List<String> flags, RunLimits limits) {
        RunLimits adjusted = validator.adjust(limits);
        List<String> argv = new ArrayList<>(validator.runArgv(adjusted.memory()));
        argv.add(RunSpec.BOX_DIR + "/judge/testdata.in");
        argv.add(RunSpec.BOX_DIR + "/judge/testdata.ans");
        argv.add(RunSpec.BOX_DIR + "/feedback/");
        argv.addAll(flags);
        return new RunSpec(argv, validator.runEnv(), box, null, null, stderr, false, adjusted);
    }

    /**
     * Reads a finished validator run under the protocol. A wrong answer's message is {@code judgemessage.txt} (else
     * {@code teammessage.txt}); a score is read from {@code score.txt} when {@code readScore}.
     */
    public CheckResult interpret(RunOutcome outcome, boolean readScore) {
        if (outcome instanceof RunOutcome.Exited e && (e.exitCode() == ACCEPT || e.exitCode() == REJECT)) {
            Double score = null;
            if (readScore) {
                Optional<String> text = feedbackText("score.txt");
                if (text.isPresent()) {
                    try {
                        score = Double.parseDouble(text.get().trim());
                        if (!Double.isFinite(score)) throw new NumberFormatException();
                    } catch (NumberFormatException ex) {
                        return new CheckResult.JudgeError("output validator wrote a score.txt that is not a number: '"
                                + TextExcerpt.cut(text.get().trim(), 60) + "'");
                    }
                }
            }
            if (e.exitCode() == ACCEPT) return new CheckResult.Accepted(score, message());
            String message = message();
            return new CheckResult.WrongAnswer(message.isEmpty() ? "output validator rejected the output" : message,
                    score);
        }
        return new CheckResult.JudgeError(fault(outcome));
    }

    /** Why a validator run is a judge error, in words. */
    public String fault(RunOutcome outcome) {
        String detail = detail();
        return switch (outcome) {
            case RunOutcome.Exited e -> "output validator exited with code " + e.exitCode()
                    + " (expected 42 or 43)" + detail;
            case RunOutcome.Signalled s -> "output validator crashed with signal " + s.signal() + detail;
            case RunOutcome.TimeLimit t -> "output validator ran out of time (" + t.kind().name().toLowerCase()
                    + " limit)" + detail;
            case RunOutcome.MemoryLimit m -> "output validator ran out of memory" + detail;
            case RunOutcome.OutputLimit o -> "output validator wrote too much output";
            case RunOutcome.SandboxFault f -> "sandbox fault running the output validator: " + f.reason();
            case RunOutcome.NotStarted n -> "output validator could not be started: " + n.reason();
        };
    }

    private String detail() {
        String err = TextExcerpt.tail(stderr, 400).strip();
        String judge = feedbackText("judgemessage.txt").orElse("").strip();
        String text = !judge.isEmpty() ? judge : err;
        return text.isEmpty() ? "" : ": " + TextExcerpt.cut(text.replace('\n', ' '), 300);
    }

    private String message() {
        String judge = feedbackText("judgemessage.txt").orElse("").strip();
        if (!judge.isEmpty()) return TextExcerpt.cut(judge, 500);
        return TextExcerpt.cut(feedbackText("teammessage.txt").orElse("").strip(), 500);
    }

    /** A file the validator left in the feedback directory (e.g. {@code nextpass.in}), if it did. */
    public Optional<Path> feedbackFile(String name) {
        Path p = feedback.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private Optional<String> feedbackText(String name) {
        return feedbackFile(name).map(p -> {
            try {
                byte[] bytes;
                try (var in = Files.newInputStream(p)) {
                    bytes = in.readNBytes(MESSAGE_BYTES);
                }
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    // The validator runs as an unprivileged user inside the sandbox: it must be able to read its files and write
    // its feedback whatever the judge's umask.
    static void openUp(Path p, String perms) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: nothing to open up
        }
    }

}
