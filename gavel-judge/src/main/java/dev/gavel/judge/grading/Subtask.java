package dev.gavel.judge.grading;

import java.util.List;

/**
 * One subtask of a scoring problem: a test group directly below {@code data/secret}. IOI-style contests score a
 * problem as the sum over its subtasks of each one's best score over all of a participant's submissions.
 *
 * @param name  the group's directory name, e.g. {@code group1}
 * @param score the group's score as it counted toward the total; 0 when judging stopped before the group
 */
public record Subtask(String name, double score) {

    private static final String SECRET = "secret";

    /**
     * The subtasks of a graded problem, in judging order: none for a pass-fail problem, nor when {@code data/secret}
     * holds only tests. Tests directly in {@code data/secret} belong to no subtask.
     *
     * @param data    the graded {@code data/} group
     * @param scoring whether the problem is a scoring one
     */
    public static List<Subtask> of(GroupResult data, boolean scoring) {
        if (!scoring) return List.of();
        return data.groups().stream()
                .filter(g -> g.name().equals(SECRET))
                .findFirst()
                .map(secret -> secret.groups().stream().map(g -> new Subtask(leaf(g.name()), g.score())).toList())
                .orElse(List.of());
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
