package dev.gavel.server.problem;

import dev.gavel.judge.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A starting point per language for the editor of a problem page: a program that reads standard input and writes
 * standard output, from {@code stubs.yaml} (by language id, else by the language's main extension).
 */
public final class CodeStubs {

    private final Map<String, String> byKey;

    public CodeStubs() {
        try (InputStream in = CodeStubs.class.getResourceAsStream("stubs.yaml")) {
            Map<String, Object> raw = new Yaml(new LoaderOptions()).load(in);
            Map<String, String> m = new LinkedHashMap<>();
            raw.forEach((k, v) -> m.put(k, String.valueOf(v)));
            this.byKey = Map.copyOf(m);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the built-in code stubs", e);
        }
    }

    public String forLanguage(Language language) {
        String stub = byKey.get(language.id());
        if (stub == null && !language.extensions().isEmpty()) stub = byKey.get(language.extensions().get(0));
        return stub != null ? stub : "";
    }

    public Map<String, String> forLanguages(List<Language> languages) {
        Map<String, String> stubs = new LinkedHashMap<>();
        for (Language l : languages) stubs.put(l.id(), forLanguage(l));
        return stubs;
    }
}
