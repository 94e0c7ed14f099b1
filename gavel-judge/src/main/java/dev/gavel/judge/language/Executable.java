package dev.gavel.judge.language;

import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A compiled (or, for interpreted languages, prepared) program, ready to run any number of times.
 *
 * <p>{@link #dir()} holds everything the program needs (binary, class files, scripts); it is used as the work
 * directory of each run ({@code /box} inside the sandbox). Callers must not change its contents.
 */
public interface Executable {

    Language language();

    /** Host directory with the program's files. */
    Path dir();

    /** argv to run the program with this memory limit (managed runtimes get their heap set below it). */
    List<String> runArgv(ByteSize memoryLimit);

    /** Environment of a run (PATH and whatever the runtime needs). */
    Map<String, String> runEnv();

    /** The limits a run of this program actually gets for the problem's limits (e.g. more threads for a JVM). */
    RunLimits adjust(RunLimits problemLimits);

    /** The caller is done with this program: its directory may be deleted. Runs after this are not allowed. */
    default void discard() {
    }
}
