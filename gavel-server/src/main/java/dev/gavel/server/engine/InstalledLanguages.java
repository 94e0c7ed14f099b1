package dev.gavel.server.engine;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.language.ToolchainVersions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which languages have their toolchain on this machine. Asking every toolchain for its version takes seconds (JVM
 * compilers start slowly), so it runs in the background at start; until it is done every language counts as
 * installed.
 */
final class InstalledLanguages {

    private static final Logger log = LoggerFactory.getLogger(InstalledLanguages.class);

    private volatile Map<String, Boolean> found;
    private final Thread prober;

    InstalledLanguages(Languages languages) {
        this.prober = Thread.ofPlatform().daemon().name("toolchain-probe").start(() -> probe(languages));
    }

    /** Waits until every toolchain has been asked. */
    void awaitProbe() throws InterruptedException {
        prober.join();
    }

    private void probe(Languages languages) {
        Map<String, Boolean> result = new ConcurrentHashMap<>();
        languages.all().parallelStream()
                .forEach(l -> result.put(l.id(), ToolchainVersions.shared().of(l).isPresent()));
        found = Map.copyOf(result);
        long missing = result.values().stream().filter(installed -> !installed).count();
        if (missing > 0) {
            log.info("{} of {} languages are not installed here and are not offered: {}", missing, result.size(),
                    result.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).sorted().toList());
        }
    }

    boolean installed(Language language) {
        Map<String, Boolean> m = found;
        return m == null || m.getOrDefault(language.id(), true);
    }
}
