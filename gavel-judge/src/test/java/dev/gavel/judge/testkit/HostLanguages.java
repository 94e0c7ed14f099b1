package dev.gavel.judge.testkit;

import dev.gavel.judge.language.CompileBudget;
import dev.gavel.judge.language.CompileOutcome;
import dev.gavel.judge.language.Compiler;
import dev.gavel.judge.language.Executable;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the language catalogue and compiler in unit tests: C (gcc on the host), Python 3 and shell, compiled
 * into a fresh directory under a temp root. Only for tests; the real ones come from {@code dev.gavel.judge.language}.
 */
public final class HostLanguages implements Languages, Compiler {

    public static final Language C = new Language("c", "C (host gcc)", 50, List.of("c"),
            List.of("gcc", "-O2", "-o", "main"), List.of("./main"), List.of("gcc", "--version"),
            Language.MemoryModel.NATIVE, List.of());
    public static final Language PYTHON = new Language("python3", "Python 3 (host)", 71, List.of("py"), List.of(),
            List.of(python(), "main.py"), List.of(python(), "--version"), Language.MemoryModel.MANAGED,
            List.of("MemoryError"));
    public static final Language SHELL = new Language("sh", "Shell (host)", 46, List.of("sh"), List.of(),
            List.of("sh", "main.sh"), List.of("sh", "--version"), Language.MemoryModel.NATIVE, List.of());

    private final Path root;

    // a version manager's shim costs most of a second per start; the system interpreter does not
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    public HostLanguages(Path root) {
        this.root = root;
    }

    @Override
    public List<Language> all() {
        return List.of(C, PYTHON, SHELL);
    }

    @Override
    public Optional<Language> byId(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Language> byJudge0Id(int judge0Id) {
        return all().stream().filter(l -> l.judge0Id() == judge0Id).findFirst();
    }

    @Override
    public Optional<Language> forFile(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        return all().stream().filter(l -> l.extensions().contains(ext)).findFirst();
    }

    @Override
    public CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget) {
        try {
            Files.createDirectories(root);
            Path dir = Files.createTempDirectory(root, language.id() + "-");
            for (Path s : sources) Files.copy(s, dir.resolve(s.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            if (language == C) {
                List<String> argv = new ArrayList<>(language.compile());
                sources.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c")).forEach(argv::add);
                Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return new CompileOutcome.CompileError(out);
                return new CompileOutcome.Compiled(new HostExecutable(language, dir), out, false);
            }
            String ext = language.extensions().get(0);
            Path main = sources.stream().filter(s -> s.getFileName().toString().equals(mainHint)).findFirst()
                    .orElse(sources.stream().filter(s -> s.getFileName().toString().endsWith("." + ext)).findFirst()
                            .orElse(sources.get(0)));
            Files.copy(main, dir.resolve("main." + ext), StandardCopyOption.REPLACE_EXISTING);
            return new CompileOutcome.Compiled(new HostExecutable(language, dir), "", false);
        } catch (IOException e) {
            return new CompileOutcome.CompileFault(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CompileOutcome.CompileFault("interrupted");
        }
    }

    private record HostExecutable(Language language, Path dir) implements Executable {
        @Override
        public List<String> runArgv(ByteSize memoryLimit) {
            return language.run();
        }

        @Override
        public Map<String, String> runEnv() {
            return Map.of();
        }

        @Override
        public RunLimits adjust(RunLimits problemLimits) {
            return problemLimits;
        }
    }
}
