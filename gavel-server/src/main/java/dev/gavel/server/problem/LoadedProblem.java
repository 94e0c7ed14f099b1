package dev.gavel.server.problem;

import dev.gavel.judge.judging.PreparedProblem;

/** A problem ready to judge: its row, its package loaded (validator compiled) and its page. */
public record LoadedProblem(StoredProblem stored, PreparedProblem prepared, ProblemPage page) {

    public long id() {
        return stored.id();
    }

    public String slug() {
        return stored.slug();
    }
}
