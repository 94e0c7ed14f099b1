package dev.gavel.judge.language;

import dev.gavel.judge.Directories;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An {@link Executable} made by {@link SandboxCompiler}: a private directory of copies of the cached artifacts, and
 * the language's run argv with the entry point filled in.
 *
 * @param sources   the submission's source files, relative to {@code dir}
 * @param main      the main file, relative to {@code dir}
 * @param mainClass the entry class (JVM languages) or the main file's stem
 */
record PreparedProgram(Language language, Path dir, List<String> sources, String main, String mainClass)
        implements Executable {

    /** JVMs open their jars, modules and class data; R refuses to start with fewer than 256. */
    private static final int JVM_OPEN_FILES = 256;
    private static final int MANAGED_OPEN_FILES = 256;

    PreparedProgram {
        sources = List.copyOf(sources);
    }

    @Override
    public List<String> runArgv(ByteSize memoryLimit) {
        return new Placeholders(sources, main, mainClass, memoryLimit).expand(language.run());
    }

    @Override
    public Map<String, String> runEnv() {
        return Environments.of(language);
    }

    @Override
    public RunLimits adjust(RunLimits problemLimits) {
        RunLimits l = problemLimits;
        int processes = language.details().processes();
        if (l.processes() < processes) {
            l = l.withProcesses(processes);
        }
        int files = switch (language.memoryModel()) {
            case NATIVE -> 0;
            case JVM -> JVM_OPEN_FILES;
            case MANAGED -> MANAGED_OPEN_FILES;
        };
        if (l.openFiles() < files) {
            l = l.withOpenFiles(files);
        }
        return l;
    }

    @Override
    public void discard() {
        try {
            Directories.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
