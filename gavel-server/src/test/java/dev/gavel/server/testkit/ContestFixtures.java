package dev.gavel.server.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The server, programs and contest definitions the contest and CLICS API tests share. */
public final class ContestFixtures {

    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String HELLO = "print('Hello, World!')\n";
    public static final String HELLO_WRONG = "print('hello')\n";
    public static final String C_BROKEN = "int main( {\n";
    public static final String PY_SUM = "a, b = map(int, input().split())\nprint(a + b)\n";

    private ContestFixtures() {
    }

    /** A server on the database, in a new home, with hello, aplusb and maxsub, two workers and a known admin. */
    public static void serverProperties(DynamicPropertyRegistry registry, String dbUrl) throws IOException {
        Path home = Files.createTempDirectory("gavel-contest-test-");
        registry.add("gavel.home", home::toString);
        registry.add("gavel.db.url", () -> dbUrl);
        registry.add("gavel.problems", () -> ApiSessions.repo("problems/hello") + ","
                + ApiSessions.repo("problems/aplusb") + "," + ApiSessions.repo("problems/maxsub"));
        registry.add("gavel.judging.workers", () -> "2");
        registry.add("gavel.admin.password", () -> ADMIN_PASSWORD);
    }

    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A public contest's definition as the admin API takes it (a mutable map: tests add to it). */
    public static Map<String, Object> contest(String slug, String format, Instant start, String duration,
                                              List<Map<String, Object>> problems) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("slug", slug);
        c.put("title", "Contest " + slug);
        c.put("format", format);
        c.put("startsAt", start.toString());
        c.put("duration", duration);
        c.put("public", true);
        c.put("problems", problems);
        return c;
    }
}
