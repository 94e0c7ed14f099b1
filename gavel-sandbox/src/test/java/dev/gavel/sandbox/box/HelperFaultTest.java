package dev.gavel.sandbox.box;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A helper that misbehaves is the sandbox's fault, never the program's, and is replaced. */
class HelperFaultTest {

    @TempDir
    Path dir;

    private SandboxPool poolOf(String script) throws IOException {
        Path fake = dir.resolve("fake-box");
        Files.writeString(fake, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Sandboxes.pool(BoxConfig.defaults().withHelper(fake), 0);
    }

    private RunOutcome runOnce(SandboxPool pool) {
        try (Sandbox box = pool.acquire()) {
            return box.run(RunSpec.of(List.of("true"), dir, RunLimits.defaults()));
        }
    }

    @Test
    void aHelperThatDiesMidRunIsAFault() throws IOException {
        try (SandboxPool pool = poolOf("printf 'ready:1\\n\\n'; echo 'about to crash' >&2; exit 3")) {
            RunOutcome.SandboxFault f = assertInstanceOf(RunOutcome.SandboxFault.class, runOnce(pool));
            assertTrue(f.reason().contains("about to crash"), f.reason());
        }
    }

    @Test
    void gibberishIsAFault() throws IOException {
        try (SandboxPool pool = poolOf("printf 'ready:1\\n\\nstatus:exploded\\nsmoke:yes\\n\\n'; sleep 5")) {
            RunOutcome.SandboxFault f = assertInstanceOf(RunOutcome.SandboxFault.class, runOnce(pool));
            assertTrue(f.reason().contains("protocol"), f.reason());
        }
    }

    @Test
    void aHelperThatCannotStartSaysWhy() throws IOException {
        try (SandboxPool pool = poolOf("echo 'gavel-box: no usable cgroups: nothing here' >&2; exit 2")) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, pool::acquire);
            assertTrue(e.getMessage().contains("cannot start") && e.getCause().getMessage().contains("no usable cgroups"),
                    e.getCause().getMessage());
        }
    }
}
