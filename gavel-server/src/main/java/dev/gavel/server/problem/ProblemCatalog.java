package dev.gavel.server.problem;

import dev.gavel.judge.Directories;
import dev.gavel.judge.grading.Grader;
import dev.gavel.judge.judging.PreparedProblem;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemLoader;
import dev.gavel.judge.problem.ProblemPackage;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.engine.JudgeEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problems the server judges, loaded and ready (output validators compiled), by slug. Importing a package
 * checks it completely before anything is stored: a package that does not load, has no tests or whose validator
 * does not compile changes nothing. Each import gets its own directory under {@code home/problems/<slug>/}, so
 * submissions being judged against the previous version are not disturbed.
 */
public final class ProblemCatalog {

    private static final Logger log = LoggerFactory.getLogger(ProblemCatalog.class);

    private final ProblemStore store;
    private final JudgeEngine engine;
    private final Path problemsDir;
    private final Duration defaultTimeLimit;
    private final CodeStubs stubs;
    private final Map<String, LoadedProblem> bySlug = new ConcurrentHashMap<>();
    private final Map<Long, LoadedProblem> byId = new ConcurrentHashMap<>();

    public ProblemCatalog(ProblemStore store, JudgeEngine engine, GavelProperties properties, CodeStubs stubs) {
        this.store = store;
        this.engine = engine;
        this.problemsDir = properties.home().toAbsolutePath().resolve("problems");
        this.defaultTimeLimit = properties.judging().defaultTimeLimit();
        this.stubs = stubs;
    }

    /** Loads every stored problem; one that no longer loads is logged and left out. */
    public void loadStored() {
        for (StoredProblem p : store.all()) {
            try {
                Problem problem = ProblemLoader.load(p.packageDir(), p.slug());
                put(p, engine.judge().prepare(problem));
                Double maxScore = Grader.maxScore(problem);
                if (maxScore != null) store.recordMaxScoreIfMissing(p.id(), maxScore);
            } catch (PackageException | RuntimeException e) {
                log.error("problem '{}' in {} no longer loads: {}", p.slug(), p.packageDir(), e.getMessage());
            }
        }
    }

    public Optional<LoadedProblem> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<LoadedProblem> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String slug) {
        return bySlug.containsKey(slug);
    }

    /**
     * Imports a package directory or zip under the given slug (null: the package's own name).
     *
     * @throws PackageException listing everything wrong with the package; nothing is stored then
     */
    public synchronized LoadedProblem importPackage(Path source, String slug) throws PackageException {
        try (ProblemPackage pkg = ProblemPackage.open(source)) {
            Problem opened = pkg.problem();
            String name = slug != null ? slug : slugOf(opened.shortName());
            checkSlug(name);
            if (opened.tests().isEmpty()) throw new PackageException(opened.shortName() + ": the package has no tests");
            Path dir = copy(opened.root(), name);
            try {
                Problem problem = ProblemLoader.load(dir, name);
                PreparedProblem prepared = engine.judge().prepare(problem);
                Map<String, Object> yaml = PackageReader.problemYaml(dir);
                String difficulty = PackageReader.difficulty(yaml);
                List<String> tags = PackageReader.keywords(yaml);
                long id = store.save(name, problem.name(), difficulty, tags, dir, Grader.maxScore(problem));
                LoadedProblem loaded = put(new StoredProblem(id, name, problem.name(), difficulty, tags, dir), prepared);
                log.info("imported problem '{}' ({} tests) into {}", name, problem.tests().size(), dir);
                return loaded;
            } catch (PackageException | RuntimeException e) {
                Directories.deleteQuietly(dir);
                throw e;
            }
        }
    }

    private LoadedProblem put(StoredProblem stored, PreparedProblem prepared) {
        Problem problem = prepared.problem();
        Duration limit = problem.limits().fixedTimeLimit().orElse(defaultTimeLimit);
        List<Language> languages = engine.languages().all();
        ProblemPage page = PackageReader.page(stored, problem, limit, languages, stubs.forLanguages(languages));
        LoadedProblem loaded = new LoadedProblem(stored, prepared, page);
        bySlug.put(stored.slug(), loaded);
        byId.put(stored.id(), loaded);
        return loaded;
    }

    /** The problem's page as users get it: only the languages installed on this machine. */
    public ProblemPage pageOf(LoadedProblem p) {
        return p.page().withLanguages(id -> engine.languages().byId(id).map(engine::installed).orElse(false));
    }

    /** The time limit submissions to this problem get. */
    public Duration timeLimit(LoadedProblem p) {
        return p.prepared().problem().limits().fixedTimeLimit().orElse(defaultTimeLimit);
    }

    /** The slug of a package file or directory name: its name without {@code .zip}, as a slug. */
    public static String slugOfPackage(String fileName) {
        return slugOf(fileName.replaceFirst("(?i)\\.zip$", ""));
    }

    /** A package's short name as a URL slug: lower case letters, digits and dashes. */
    public static String slugOf(String shortName) {
        String s = shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "problem" : s;
    }

    private static void checkSlug(String slug) throws PackageException {
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new PackageException("'" + slug + "' is not a valid problem slug: use 1 to 64 lower case letters,"
                    + " digits and dashes, starting with a letter or digit");
        }
    }

    private Path copy(Path root, String slug) throws PackageException {
        Path target = problemsDir.resolve(slug).resolve(Instant.now().toString().replace(':', '-'));
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(root.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return target;
        } catch (IOException e) {
            Directories.deleteQuietly(target);
            throw new PackageException(slug + ": cannot copy the package into " + target + ": " + e.getMessage());
        }
    }
}
