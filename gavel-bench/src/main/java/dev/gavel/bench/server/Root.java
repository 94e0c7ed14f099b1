package dev.gavel.bench.server;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Gavel checkout: {@code GAVEL_ROOT} (exported by bin/gavel), else the nearest parent of this jar with gavel-server. */
public final class Root {

    private Root() {
    }

    public static Path find() {
        String env = System.getenv("GAVEL_ROOT");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "gavel-server"))) {
            return Path.of(env).toAbsolutePath();
        }
        try {
            Path at = Path.of(Root.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path p = at; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("gavel-server")) && Files.isDirectory(p.resolve("problems"))) return p;
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through
        }
        throw new IllegalStateException("cannot find the Gavel checkout: set GAVEL_ROOT (bin/gavel does)");
    }
}
