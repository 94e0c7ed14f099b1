package dev.gavel.judge.language;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment of every compile and run: nothing inherited, a fixed base plus the language's own variables. */
final class Environments {

    static final Map<String, String> BASE = Map.of(
            "PATH", "/usr/local/bin:/usr/bin:/bin",
            "HOME", "/tmp",
            "TMPDIR", "/tmp",
            "LANG", "C.UTF-8",
            "LC_ALL", "C.UTF-8");

    private Environments() {
    }

    static Map<String, String> of(Language language) {
        Map<String, String> env = new LinkedHashMap<>(BASE);
        env.putAll(language.details().env());
        return Map.copyOf(env);
    }
}
