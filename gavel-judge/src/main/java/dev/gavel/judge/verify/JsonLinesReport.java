package dev.gavel.judge.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gavel verify --json}: one JSON object per line per submission ({@code problem}, {@code submission},
 * {@code language}, {@code expected}, {@code actual}, {@code score}, {@code max_time_ms}, {@code max_memory_kib}, {@code ok},
 * {@code status}, {@code reason}), printed as each package finishes, then one summary object ({@code total}, {@code ok},
 * {@code mismatch}, {@code skipped}, {@code seconds}).
 */
public final class JsonLinesReport implements Verifier.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    public JsonLinesReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void packageDone(List<VerifyRow> rows) {
        for (VerifyRow r : rows) out.println(write(line(r)));
        out.flush();
    }

    /** Prints the summary object. */
    public void summary(VerifySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", s.total());
        m.put("ok", s.ok());
        m.put("mismatch", s.mismatch());
        m.put("skipped", s.skipped());
        m.put("seconds", Math.round(s.elapsed().toMillis() / 10.0) / 100.0);
        out.println(write(m));
        out.flush();
    }

    static Map<String, Object> line(VerifyRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", r.problem());
        m.put("submission", r.submission());
        m.put("language", r.language());
        m.put("expected", r.expected().stream().map(Enum::name).toList());
        m.put("actual", r.actual() == null ? null : r.actual().name());
        m.put("score", r.score());
        m.put("max_time_ms", r.maxTime().toMillis());
        m.put("max_memory_kib", r.maxMemoryKib());
        m.put("ok", r.ok());
        m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("reason", r.note());
        return m;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
