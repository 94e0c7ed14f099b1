package dev.gavel.server.judge0;

import java.time.OffsetDateTime;

/** A row of {@code executions}: a Judge0 submission and, once finished, its result. */
record ExecutionRow(long id, String token, int languageId, byte[] sourceCode, byte[] stdin, byte[] expectedOutput,
                    String settingsJson, String callbackUrl, int statusId, byte[] stdout, byte[] stderr,
                    byte[] compileOutput, String message, Integer exitCode, Integer exitSignal, Double time,
                    Double wallTime, Long memory, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    Judge0Status status() {
        return Judge0Status.byId(statusId);
    }
}
