package dev.gavel.judge.execution;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionRequestTest {

    private static final Language C = LanguageCatalog.builtIn().byId("c").orElseThrow();
    private static final ExecutionLimits DEFAULTS = ExecutionLimits.judge0Defaults();

    private static String rejected(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void limitsMustMakeSense() {
        assertTrue(rejected(() -> DEFAULTS.withCpuTime(Duration.ZERO)).contains("cpu time limit must be positive"));
        assertTrue(rejected(() -> DEFAULTS.withCpuTime(Duration.ofSeconds(-1))).contains("cpu time"));
        assertTrue(rejected(() -> DEFAULTS.withCpuExtraTime(Duration.ofMillis(-1)))
                .contains("extra cpu time cannot be negative"));
        assertTrue(rejected(() -> DEFAULTS.withWallTime(Duration.ZERO)).contains("wall time limit must be positive"));
        assertTrue(rejected(() -> DEFAULTS.withMemory(ByteSize.ZERO)).contains("memory limit"));
        assertTrue(rejected(() -> DEFAULTS.withStack(ByteSize.ZERO)).contains("stack limit"));
        assertTrue(rejected(() -> DEFAULTS.withProcesses(0)).contains("max processes must be at least 1"));
        assertTrue(rejected(() -> DEFAULTS.withMaxFileSize(ByteSize.ofBytes(1000))).contains("at least 1 KiB"));
        assertEquals(Duration.ofMillis(2500), DEFAULTS.stopAt());
        assertEquals(Duration.ofSeconds(2), DEFAULTS.withCpuExtraTime(Duration.ZERO).stopAt());
    }

    @Test
    void argumentsAndOptionsCannotHoldNul() {
        ExecutionRequest r = ExecutionRequest.of(C, "int main(){}");
        assertTrue(rejected(() -> r.withArguments(List.of("a\0b"))).contains("command-line argument contains a NUL"));
        assertTrue(rejected(() -> r.withCompilerOptions(List.of("-O2\0"))).contains("compiler option contains a NUL"));
        assertTrue(rejected(() -> r.withArguments(Arrays.asList("a", null))).contains("is null"));
        assertThrows(NullPointerException.class, () -> r.withLimits(null));
    }

    @Test
    void theRequestKeepsItsOwnCopies() {
        byte[] stdin = {'1', '\n'};
        ExecutionRequest r = ExecutionRequest.of(C, "x").withStdin(stdin);
        stdin[0] = '9';
        r.stdin()[0] = '8';
        assertArrayEquals(new byte[] {'1', '\n'}, r.stdin());
        assertEquals(r, ExecutionRequest.of(C, "x").withStdin("1\n"));
        assertEquals(0, new ExecutionRequest(C, new byte[0], null, null, null, DEFAULTS, false).stdin().length);
    }
}
