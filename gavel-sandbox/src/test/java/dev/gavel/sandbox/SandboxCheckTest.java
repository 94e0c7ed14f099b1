package dev.gavel.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SandboxCheckTest {

    @Test
    @Tag("sandbox")
    void everyIsolationFeatureIsActiveHere() {
        Map<String, SandboxCheck.Feature> f = SandboxCheck.run().stream()
                .collect(Collectors.toMap(SandboxCheck.Feature::name, Function.identity()));
        for (String name : new String[] {"root", "ns-mount", "ns-pid", "ns-net", "ns-ipc", "ns-uts", "ns-cgroup",
                "cgroup", "seccomp", "seccomp-notify", "tmpfs", "no-new-privs"}) {
            assertTrue(f.containsKey(name), name + " missing from " + f.keySet());
            assertTrue(f.get(name).active(), name + ": " + f.get(name).detail());
        }
        assertFalse(f.get("ns-user").active());
    }

    @Test
    void aHelperThatCannotRunIsOneClearFailure() {
        var features = SandboxCheck.run(BoxConfig.defaults().withHelper(Path.of("/nonexistent/gavel-box")));
        assertEquals(1, features.size());
        assertEquals("helper", features.get(0).name());
        assertFalse(features.get(0).active());
        assertTrue(features.get(0).detail().contains("/nonexistent/gavel-box"), features.get(0).detail());
    }
}
