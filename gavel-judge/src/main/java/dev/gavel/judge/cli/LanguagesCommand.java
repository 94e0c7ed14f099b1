package dev.gavel.judge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.LanguageStatus;
import dev.gavel.judge.language.LanguageVerifier;
import dev.gavel.judge.language.SandboxCompiler;
import dev.gavel.judge.language.ToolchainVersions;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code gavel languages}: which languages are installed and verified on this machine; {@code --verify} runs their
 * self-tests in the sandbox and records the results in {@code $GAVEL_HOME/languages.json}.
 */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = "List the languages, their toolchain versions and whether their self-tests pass here.")
public final class LanguagesCommand implements Callable<Integer> {

    @Option(names = "--verify", description = "Run the self-tests of every installed language (in parallel) and record the results.")
    boolean verify;

    @Option(names = "--json", description = "Print a JSON array of {id, name, version, installed, verified, judge0_id}.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these language ids.")
    List<String> only = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Languages verified at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "With --verify: print every self-test's outcome and time.")
    boolean verbose;

    @Option(names = "--gavel-home", paramLabel = "DIR", description = "Where languages.json and the compile cache live (default: $GAVEL_HOME, else ./data).")
    Path home;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    public LanguagesCommand() {
        this(System.out, System.err);
    }

    LanguagesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        List<Language> languages = new ArrayList<>();
        for (String id : only) {
            languages.add(catalog.byId(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown language '" + id + "'; known: " + String.join(", ", catalog.all().stream().map(Language::id).toList()))));
        }
        if (languages.isEmpty()) {
            languages.addAll(catalog.all());
        }
        Path gavelHome = home != null ? home : LanguageStatus.gavelHome();
        LanguageStatus status = LanguageStatus.load(gavelHome.resolve("languages.json"));
        Map<String, Optional<String>> versions = new ConcurrentHashMap<>();
        languages.parallelStream().forEach(l -> versions.put(l.id(), ToolchainVersions.shared().of(l)));

        int failed = 0;
        if (verify) {
            long start = System.nanoTime();
            List<Language> installed = languages.stream().filter(l -> versions.get(l.id()).isPresent()).toList();
            Path cache = Files.createDirectories(gavelHome.resolve("cache").resolve("compile"));
            Path scratch = Files.createDirectories(gavelHome.resolve("tmp"));
            try (SandboxPool pool = Sandboxes.pool(Math.max(1, jobs))) {
                var verifier = new LanguageVerifier(new SandboxCompiler(catalog, pool, cache), pool, scratch);
                List<LanguageVerifier.Report> reports = verifier.verifyAll(installed, jobs, r -> {
                    err.printf("%-11s %-8s %5.1f s%s%n", r.language().id(), r.verified() ? "ok" : "FAILED",
                            r.took().toMillis() / 1000.0, r.verified() ? "" : "  " + String.join("; ", r.failures()));
                    if (verbose) {
                        for (var t : r.results()) {
                            err.printf("    %-7s %-4s %-4s %5.1f s  %s%n", t.test(), t.expected(), t.actual(),
                                    t.took().toMillis() / 1000.0, t.detail());
                        }
                    }
                    status.record(r);
                });
                for (var r : reports) {
                    if (!r.verified()) {
                        failed++;
                    }
                }
            }
            status.save();
            err.printf("verified %d of %d installed languages in %.1f s%n", installed.size() - failed, installed.size(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        }

        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (Language l : languages) {
                Optional<String> v = versions.get(l.id());
                ObjectNode o = array.addObject();
                o.put("id", l.id());
                o.put("name", l.name());
                if (v.isPresent()) {
                    o.put("version", ToolchainVersions.number(v.get()));
                } else {
                    o.putNull("version");
                }
                o.put("installed", v.isPresent());
                o.put("verified", status.verified(l, v));
                o.put("judge0_id", l.judge0Id());
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            out.printf("%-11s %-26s %-12s %-9s %-8s %s%n", "ID", "NAME", "VERSION", "INSTALLED", "VERIFIED", "JUDGE0");
            for (Language l : languages) {
                Optional<String> v = versions.get(l.id());
                String version = v.map(ToolchainVersions::number).orElse("-");
                out.printf("%-11s %-26s %-12s %-9s %-8s %d%n", l.id(), l.name(), version, v.isPresent() ? "yes" : "no",
                        status.verified(l, v) ? "yes" : "no", l.judge0Id());
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
