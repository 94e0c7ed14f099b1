package dev.gavel.server.judge0;

import java.util.Map;

/**
 * A checked submission, ready to store.
 *
 * @param languageId     the Judge0 language id (known to this server)
 * @param source         the source code
 * @param stdin          standard input, or null
 * @param expectedOutput the output to compare stdout with, or null
 * @param settings       every configuration variable (defaults filled in), options, arguments and how the client
 *                       wants text (base64 or not), under Judge0's attribute names
 * @param callbackUrl    where to PUT the finished submission, or null
 */
record NewExecution(int languageId, byte[] source, byte[] stdin, byte[] expectedOutput, Map<String, Object> settings,
                    String callbackUrl) {
}
