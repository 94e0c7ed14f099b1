package dev.gavel.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pool of idle sandboxes must leave the JVM's virtual threads free to run: a server answers its requests on
 * virtual threads, and it once hung when each idle helper's stderr reader pinned a carrier thread. Checked in a
 * child JVM whose virtual-thread scheduler has a single carrier, so one pinned carrier is a hang.
 */
@Tag("sandbox")
class VirtualThreadsTest {

    /** The child JVM: starts a pool of 4 sandboxes, waits, then needs a virtual thread to run. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (SandboxPool pool = Sandboxes.pool(4)) {
                pool.acquire().close();
                Thread.sleep(500);
                Thread vt = Thread.ofVirtual().start(() -> System.out.println("virtual thread ran"));
                if (!vt.join(java.time.Duration.ofSeconds(10))) System.out.println("virtual thread starved");
            }
            System.exit(0);
        }
    }

    @Test
    void idleSandboxesDoNotStarveVirtualThreads() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djdk.virtualThreadScheduler.parallelism=1",
                "-Djdk.virtualThreadScheduler.maxPoolSize=1", "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the child JVM hung:\n" + out);
        assertEquals(List.of("virtual thread ran"), out.lines().filter(l -> l.startsWith("virtual thread")).toList(),
                out);
    }
}
