package dev.gavel.judge.verify;

import java.time.Duration;
import java.util.List;

/** Several listeners heard as one. */
public record Listeners(List<Verifier.Listener> all) implements Verifier.Listener {

    public Listeners {
        all = List.copyOf(all);
    }

    @Override
    public void started(int submissions) {
        all.forEach(l -> l.started(submissions));
    }

    @Override
    public void timeLimit(String problem, Duration limit, String how) {
        all.forEach(l -> l.timeLimit(problem, limit, how));
    }

    @Override
    public void judged(VerifyRow row) {
        all.forEach(l -> l.judged(row));
    }

    @Override
    public void packageDone(List<VerifyRow> rows) {
        all.forEach(l -> l.packageDone(rows));
    }
}
