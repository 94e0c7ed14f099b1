package dev.gavel.server.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.judge.language.LanguageCatalog;
import org.junit.jupiter.api.Test;

class InstalledLanguagesTest {

    private final LanguageCatalog catalog = LanguageCatalog.parse("""
            - id: there
              name: There
              judge0_id: 2001
              extensions: [there]
              source: main.sh
              run: [sh, main.sh]
              version: [sh, -c, 'echo 1.0']
            - id: missing
              name: Missing
              judge0_id: 2002
              extensions: [missing]
              source: main.missing
              run: [gavel-no-such-interpreter, main.missing]
              version: [gavel-no-such-interpreter, --version]
            """, "test.yaml");

    @Test
    void onlyLanguagesWhoseToolchainAnswersAreInstalled() throws InterruptedException {
        InstalledLanguages installed = new InstalledLanguages(catalog);
        installed.awaitProbe();
        assertTrue(installed.installed(catalog.byId("there").orElseThrow()));
        assertFalse(installed.installed(catalog.byId("missing").orElseThrow()));
    }
}
