package dev.gavel.server.judge0;

import dev.gavel.judge.execution.ExecutionRequest;
import dev.gavel.judge.execution.ExecutionResult;
import dev.gavel.judge.execution.ExecutionStatus;
import dev.gavel.judge.execution.Executor;
import dev.gavel.judge.language.Language;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.queue.Job;
import dev.gavel.server.queue.JobHandler;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs Judge0 submissions (job kind {@code execution}) once with the {@link Executor}. */
@Component
class ExecutionJudging implements JobHandler {

    static final String KIND = "execution";
    private static final Logger log = LoggerFactory.getLogger(ExecutionJudging.class);

    private final ExecutionStore store;
    private final JudgeEngine engine;
    private final Executor executor;
    private final Judge0Views views;
    private final ExecutionWaits waits;
    private final Callbacks callbacks;

    ExecutionJudging(ExecutionStore store, JudgeEngine engine, Executor executor, Judge0Views views,
                     ExecutionWaits waits, Callbacks callbacks) {
        this.store = store;
        this.engine = engine;
        this.executor = executor;
        this.views = views;
        this.waits = waits;
        this.callbacks = callbacks;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Outcome judge(Job job) {
        Optional<ExecutionRow> found = store.find(job.refId());
        if (found.isEmpty()) return Outcome.done(() -> { }, null);
        ExecutionRow row = found.get();
        store.markProcessing(row.id());
        Optional<Language> language = engine.languages().byJudge0Id(row.languageId());
        Runnable after = () -> after(row.id());
        if (language.isEmpty()) {
            ExecutionStore.Result r = new ExecutionStore.Result(Judge0Status.INTERNAL_ERROR, null, null, null,
                    "language " + row.languageId() + " is not known to this server", null, null, null, null, null);
            return Outcome.done(() -> store.saveResult(row.id(), r), after);
        }
        Judge0Settings settings = views.settings(row);
        ExecutionRequest request = new ExecutionRequest(language.get(), row.sourceCode(), row.stdin(),
                settings.words("command_line_arguments"), settings.words("compiler_options"), settings.limits(),
                settings.flag("redirect_stderr_to_stdout"));
        ExecutionResult result = executor.execute(request);
        ExecutionStore.Result r = result(result, row.expectedOutput());
        Runnable write = () -> store.saveResult(row.id(), r);
        return result.status() instanceof ExecutionStatus.InternalError e
                ? Outcome.systemError(e.reason(), write, after) : Outcome.done(write, after);
    }

    static ExecutionStore.Result result(ExecutionResult result, byte[] expectedOutput) {
        Judge0Status status = Judge0Status.of(result, expectedOutput);
        boolean ran = !(result.status() instanceof ExecutionStatus.CompileError
                || result.status() instanceof ExecutionStatus.InternalError);
        return new ExecutionStore.Result(status, orNull(result.stdout()), orNull(result.stderr()),
                orNull(result.compileOutput().getBytes(StandardCharsets.UTF_8)),
                result.message().isEmpty() ? null : result.message(), result.exitCode(), result.exitSignal(),
                ran ? result.cpuTime().toNanos() / 1e9 : null, ran ? result.wallTime().toNanos() / 1e9 : null,
                ran ? result.peakMemory().kib() : null);
    }

    /** Judge0 shows an empty output as null. */
    private static byte[] orNull(byte[] bytes) {
        return bytes.length == 0 ? null : bytes;
    }

    private void after(long id) {
        waits.finished(id);
        store.find(id).filter(r -> r.callbackUrl() != null).ifPresent(row -> {
            boolean base64 = views.settings(row).flag("base64_encoded");
            String json;
            try {
                json = views.json(views.of(row, Judge0Views.DEFAULT_FIELDS, base64));
            } catch (Judge0Exception e) {
                json = views.json(views.of(row, Judge0Views.DEFAULT_FIELDS, true));
            } catch (RuntimeException e) {
                log.warn("cannot make the callback of submission {}: {}", row.token(), e.toString());
                return;
            }
            callbacks.send(row.callbackUrl(), row.token(), json);
        });
    }
}
