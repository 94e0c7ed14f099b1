package dev.gavel.sandbox.box;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool reuses the helpers it lends: judging one submission after another starts no new helper each time. */
class HelperPoolTest {

    @TempDir
    Path dir;

    @Test
    void helpersGivenBackAreReusedNotReplaced() throws IOException, InterruptedException {
        Path starts = dir.resolve("starts");
        Path fake = dir.resolve("fake-box");
        // a helper that notes its start, says it is ready and waits for its stdin to close
        Files.writeString(fake, "#!/bin/sh\necho started >> '" + starts + "'\nprintf 'ready:1\\n\\n'\ncat > /dev/null\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        int warm = 2;
        try (HelperPool pool = new HelperPool(BoxConfig.defaults().withHelper(fake), warm)) {
            for (int i = 0; i < 20; i++) {
                try (Sandbox ignored = pool.acquire()) {
                    // lent and given back, as one judging does; first let any background start finish, as it
                    // has in a server between two judgings
                    settle(pool);
                }
                settle(pool);
            }
        }
        long started = Files.readAllLines(starts).size();
        // the warm ones, plus at most one started by an acquire that came before any was ready
        assertTrue(started <= warm + 1, "20 judgings one after another started " + started + " helpers");
    }

    private static void settle(HelperPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.starting() > 0 && System.nanoTime() < deadline) Thread.sleep(1);
    }
}
