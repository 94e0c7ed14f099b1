package dev.gavel.judge.problem;

import java.util.List;

/** A problem package that cannot be used; {@link #problems()} lists everything wrong, each naming its file. */
public final class PackageException extends Exception {

    private final transient List<String> problems;

    public PackageException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public PackageException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem found, each starting with the file it is about. */
    public List<String> problems() {
        return problems;
    }
}
