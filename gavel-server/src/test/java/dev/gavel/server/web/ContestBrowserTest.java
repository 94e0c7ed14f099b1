package dev.gavel.server.web;

import static dev.gavel.server.testkit.ContestFixtures.ADMIN_PASSWORD;
import static dev.gavel.server.testkit.ContestFixtures.HELLO;
import static dev.gavel.server.testkit.ContestFixtures.HELLO_WRONG;
import static dev.gavel.server.testkit.ContestFixtures.PY_SUM;
import static dev.gavel.server.testkit.ContestFixtures.contest;
import static dev.gavel.server.testkit.ContestFixtures.slug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.ApiSessions.Account;
import dev.gavel.server.testkit.Browser;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Contests in a real browser on a real server with the real sandbox: the list by phase, a contest's page, and the
 * leaderboard kept live while submissions are judged (ICPC, frozen ICPC, IOI).
 */
@Tag("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContestBrowserTest {

    @LocalServerPort
    int port;
    Http http;
    String admin;
    final List<Browser> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContestFixtures.serverProperties(registry, TestDatabases.newH2Database());
    }

    @BeforeEach
    void client() {
        http = new Http(port);
        admin = ApiSessions.login(http, "admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
    }

    Browser browser(String token, String path) {
        Browser b = Browser.open(port);
        browsers.add(b);
        if (token == null) b.go(path);
        else b.signIn(token, path);
        return b;
    }

    String create(String format, Instant start, String duration, Map<String, Object> extra,
                  List<Map<String, Object>> problems) {
        String slug = slug(format);
        Map<String, Object> c = contest(slug, format, start, duration, problems);
        c.putAll(extra);
        c.put("registrationOpen", true);
        Http.Response r = http.postJson("/api/admin/contests", admin, c);
        assertEquals(201, r.status(), r.body());
        return slug;
    }

    void register(String slug, Account... users) {
        for (Account u : users) {
            Http.Response r = http.postJson("/api/contests/" + slug + "/register", u.token(), "");
            assertEquals(201, r.status(), r.body());
        }
    }

    /** Submits through the API and waits for the verdict. */
    void judged(String slug, String label, Account user, String source) {
        Http.Response r = http.postJson("/api/contests/" + slug + "/problems/" + label + "/submissions", user.token(),
                Map.of("language", "python3", "source", source));
        assertEquals(202, r.status(), r.body());
        ApiSessions.awaitVerdict(http, user.token(), r.json().get("id").asLong());
    }

    long submit(String slug, String label, Account user, String source) {
        Http.Response r = http.postJson("/api/contests/" + slug + "/problems/" + label + "/submissions", user.token(),
                Map.of("language", "python3", "source", source));
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    static WebElement row(Browser b, String name) {
        return b.waitFor("[data-testid=leaderboard] tbody.board-rows tr[data-user='" + name + "']");
    }

    static String cellState(Browser b, String name, String label) {
        return b.driver().findElement(By.cssSelector("tbody.board-rows tr[data-user='" + name + "'] td[data-label='"
                + label + "']")).getAttribute("data-state");
    }

    static List<String> order(Browser b) {
        return b.driver().findElements(By.cssSelector("tbody.board-rows tr")).stream()
                .map(e -> e.getAttribute("data-user")).toList();
    }

    static final List<Map<String, Object>> ICPC_SET = List.of(Map.of("label", "A", "problem", "hello"),
            Map.of("label", "B", "problem", "aplusb"));

    @Test
    void theListSortsContestsByPhaseAndAContestPageShowsItsClockAndProblems() {
        Account user = ApiSessions.signUp(http);
        String upcoming = create("icpc", Instant.now().plus(2, ChronoUnit.HOURS), "PT3H", Map.of(), ICPC_SET);
        String running = create("icpc", Instant.now().minus(10, ChronoUnit.MINUTES), "PT2H",
                Map.of("freeze", "PT30M"), ICPC_SET);
        String past = create("ioi", Instant.now().minus(5, ChronoUnit.HOURS), "PT1H", Map.of(),
                List.of(Map.of("problem", "maxsub")));
        register(running, user);

        Browser b = browser(user.token(), "/contests");
        WebElement soon = b.waitFor("[data-testid=contests-upcoming] [data-contest='" + upcoming + "']");
        assertTrue(soon.getText().contains("Starts in 1:5") || soon.getText().contains("Starts in 2:00"), soon.getText());
        WebElement now = b.waitFor("[data-testid=contests-running] [data-contest='" + running + "']");
        assertTrue(now.getText().contains("left"), now.getText());
        assertTrue(now.getText().contains("Registered"), now.getText());
        b.waitFor("[data-testid=contests-ended] [data-contest='" + past + "']");
        String before = soon.findElement(By.cssSelector("[data-clock]")).getText();
        b.until(d -> !soon.findElement(By.cssSelector("[data-clock]")).getText().equals(before), "the countdown ticks");

        soon.findElement(By.cssSelector("button")).click();
        b.waitForText("[data-contest='" + upcoming + "'] .registered", "Registered");
        assertTrue(http.get("/api/contests/" + upcoming, user.token()).json().get("registered").asBoolean());
        b.screenshot("contests-list");

        b.waitFor("[data-contest='" + running + "'] h3 a").click();
        b.waitForText("h1", "Contest " + running);
        assertTrue(b.waitFor("[data-testid=clock]").getText().contains("left"));
        WebElement problemB = b.waitForText(".contest-problems a", "B");
        assertTrue(problemB.getAttribute("href").endsWith("/contests/" + running + "/problems/B"));
        b.waitFor("[data-testid=my-row]");
        b.waitFor("a[href='/contests/" + running + "/leaderboard']");
        b.screenshot("contest-page");

        b.go("/contests/" + upcoming);
        b.waitForText("[data-testid=clock]", "Starts in");
        b.waitForText(".card", "The problems are shown when the contest starts.");
        assertEquals(List.of(), b.scriptErrors());
    }

    @Test
    void twoViewersSeeTheBoardChangeLiveWithoutAReload() {
        Account ann = ApiSessions.signUp(http);
        Account bob = ApiSessions.signUp(http);
        Account cid = ApiSessions.signUp(http);
        Account dee = ApiSessions.signUp(http);
        String slug = create("icpc", Instant.now().minus(20, ChronoUnit.MINUTES), "PT3H", Map.of(), ICPC_SET);
        register(slug, ann, bob, cid, dee);
        judged(slug, "A", ann, HELLO);
        judged(slug, "B", bob, HELLO_WRONG);
        judged(slug, "A", bob, HELLO);

        Browser first = browser(ann.token(), "/contests/" + slug + "/leaderboard");
        Browser second = browser(dee.token(), "/contests/" + slug + "/leaderboard");
        for (Browser b : List.of(first, second)) {
            b.waitForText("[data-testid=live-status]", "Live");
            assertEquals("first", cellState(b, ann.name(), "A"));
            assertEquals("solved", cellState(b, bob.name(), "A"));
            assertEquals("failed", cellState(b, bob.name(), "B"));
            assertEquals("3", row(b, cid.name()).getAttribute("data-rank"), "cid has solved nothing yet");
            b.js("window.__marker = 1");
        }
        assertTrue(row(second, dee.name()).getText().contains("(you)"), row(second, dee.name()).getText());
        second.waitFor("[data-testid=me-row]");

        // cid solves both problems: cid goes to the top on both screens, without a reload
        judged(slug, "A", cid, HELLO);
        judged(slug, "B", cid, PY_SUM);
        first.until(d -> order(first).getFirst().equals(cid.name()), "cid's row moves to the top");
        first.screenshot("leaderboard-live"); // right after the change: the changed cells still flash
        for (Browser b : List.of(first, second)) {
            b.until(d -> order(b).getFirst().equals(cid.name()), "cid's row moves to the top");
            b.until(d -> "1".equals(row(b, cid.name()).getAttribute("data-rank")), "cid's rank is 1");
            assertEquals("first", cellState(b, cid.name(), "B"), "cid solved B first");
            assertTrue(row(b, cid.name()).findElement(By.cssSelector("td[data-label=B]")).getAttribute("class")
                    .contains("flash"), "the changed cell flashes");
            assertEquals(1L, b.js("return window.__marker"), "the page was not reloaded");
        }

        // a wrong try flashes bob's cell B again on the phone-sized screen
        second.resize(390, 844);
        judged(slug, "B", bob, HELLO_WRONG);
        second.until(d -> row(second, bob.name()).findElement(By.cssSelector("td[data-label=B]")).getText()
                .contains("−2"), "bob's second wrong try on B");
        assertEquals(1L, second.js("return window.__marker"));
        second.screenshot("leaderboard-phone");
        for (Browser b : List.of(first, second)) assertEquals(List.of(), b.scriptErrors());
    }

    @Test
    void aFrozenIcpcBoardShowsPendingCellsAndAnIoiBoardShowsScores() {
        Account ann = ApiSessions.signUp(http);
        Account bob = ApiSessions.signUp(http);
        String frozen = create("icpc", Instant.now().minus(5, ChronoUnit.MINUTES), "PT1H",
                Map.of("freeze", "PT1H"), ICPC_SET);
        register(frozen, ann, bob);

        Browser viewer = browser(ann.token(), "/contests/" + frozen + "/leaderboard");
        viewer.waitFor("[data-testid=frozen-note]");
        viewer.waitForText("[data-testid=live-status]", "Live");
        judged(frozen, "A", bob, HELLO);
        judged(frozen, "A", ann, HELLO);
        viewer.until(d -> "frozen".equals(cellState(viewer, bob.name(), "A")), "bob's cell A is pending");
        assertTrue(row(viewer, bob.name()).getText().contains("+1 ?"), row(viewer, bob.name()).getText());
        viewer.until(d -> viewer.waitFor("[data-testid=me-row] td[data-label=A]").getAttribute("data-state")
                .equals("first") || viewer.waitFor("[data-testid=me-row] td[data-label=A]").getAttribute("data-state")
                .equals("solved"), "ann sees her own result");
        viewer.screenshot("leaderboard-frozen");

        Browser adminView = browser(admin, "/contests/" + frozen + "/leaderboard");
        adminView.waitFor("[data-testid=frozen-note]");
        adminView.waitFor(".inline-check input").click();
        adminView.until(d -> "first".equals(cellState(adminView, bob.name(), "A")), "the full view shows the truth");

        String ioi = create("ioi", Instant.now().minus(5, ChronoUnit.MINUTES), "PT1H", Map.of(),
                List.of(Map.of("label", "A", "problem", "hello", "points", 40), Map.of("label", "B", "problem", "maxsub")));
        register(ioi, ann, bob);
        judged(ioi, "A", ann, HELLO);
        viewer.go("/contests/" + ioi + "/leaderboard");
        viewer.waitForText("th", "Total");
        viewer.until(d -> "full".equals(cellState(viewer, ann.name(), "A")), "ann's full score on A");
        assertTrue(row(viewer, ann.name()).getText().contains("40"), row(viewer, ann.name()).getText());
        for (Browser b : List.of(viewer, adminView)) assertEquals(List.of(), b.scriptErrors());
    }

    @Test
    void aLongBoardIsPagedAndARowThatClimbsEntersThePageShown() {
        Map<String, Account> users = IntStream.range(0, 30).parallel().mapToObj(i -> ApiSessions.signUp(http))
                .collect(Collectors.toMap(Account::name, Function.identity()));
        String slug = create("icpc", Instant.now().minus(10, ChronoUnit.MINUTES), "PT2H", Map.of(),
                List.of(Map.of("problem", "hello")));
        Http.Response added = http.postJson("/api/admin/contests/" + slug + "/participants", admin,
                Map.of("usernames", List.copyOf(users.keySet())));
        assertEquals(200, added.status(), added.body());

        Account viewer = users.values().iterator().next();
        Browser b = browser(viewer.token(), "/contests/" + slug + "/leaderboard?limit=25");
        b.waitForText(".board-range", "Rows 1–25 of 30");
        assertEquals(25, order(b).size());
        b.waitForText("[data-testid=live-status]", "Live");
        b.js("window.__marker = 1");
        List<String> firstPage = order(b);
        b.waitForText(".board-pager button", "Next 25").click();
        b.waitForText(".board-range", "Rows 26–30 of 30");
        List<String> secondPage = order(b);
        assertEquals(5, secondPage.size());
        assertTrue(b.driver().getCurrentUrl().endsWith("?offset=25&limit=25"), "the address keeps the page");
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), secondPage + " " + firstPage);
        b.waitForText(".board-pager button", "Top").click();
        b.waitForText(".board-range", "Rows 1–25 of 30");

        // the last row solves A: it enters the page shown, at the top, and the page keeps 25 rows
        Account climber = users.get(secondPage.getLast());
        judged(slug, "A", climber, HELLO);
        b.until(d -> order(b).getFirst().equals(climber.name()), "the climber's row enters the first page");
        b.until(d -> order(b).size() == 25, "the page keeps 25 rows");
        b.waitForText(".board-range", "Rows 1–25 of 30");
        assertEquals(1L, b.js("return window.__marker"), "the page was not reloaded");
        assertEquals(List.of(), b.scriptErrors());
    }
}
