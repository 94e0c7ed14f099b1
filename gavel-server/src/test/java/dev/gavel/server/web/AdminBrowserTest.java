package dev.gavel.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.Browser;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The admin pages and the API token page in a real browser (one for the class: each test signs in afresh).
 * Importing a package prepares it in the sandbox.
 */
@Tag("sandbox")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path temp;
    Browser browser;
    Http http;
    String admin;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContestFixtures.serverProperties(registry, TestDatabases.newH2Database());
    }

    @BeforeAll
    void open() {
        http = new Http(port);
        admin = ApiSessions.login(http, "admin", ContestFixtures.ADMIN_PASSWORD);
        browser = Browser.open(port);
    }

    @BeforeEach
    void phoneOrNot() {
        browser.resize(1280, 900);
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void theAdminHomeShowsTheQueueByLaneAndTheWorkers() {
        browser.signIn(admin, "/admin");
        for (String lane : List.of("contest", "practice", "execution", "rejudge")) {
            assertTrue(browser.waitFor("[data-testid=depth-" + lane + "]").getText().matches("\\d+"), lane);
        }
        browser.waitForText(".admin-stat", "/ 2");
        browser.waitFor("[data-testid=no-system-errors]");
        browser.waitForText("[data-testid=refreshed]", "Updated");
        browser.screenshot("admin-status");
        browser.resize(390, 844);
        assertFitsTheWidth();
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void anAdminImportsAGoodPackageAndIsToldEveryMistakeOfABadOne() throws IOException {
        Path good = zipDirectory(Path.of(ApiSessions.repo("problems/hello")), temp.resolve("hello-again.zip"));
        browser.signIn(admin, "/admin/problems");
        browser.waitFor("#package-file").sendKeys(good.toString());
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement imported = browser.waitForText("[data-testid=import-result] .success", "Imported");
        assertTrue(imported.getText().contains("Hello, World!"), imported.getText());
        assertEquals("/problems/hello-again",
                imported.findElement(By.cssSelector("a")).getDomAttribute("href"));
        browser.waitFor("tr[data-problem=hello-again]");
        assertEquals(200, http.get("/api/problems/hello-again", admin).status());

        Path bad = zipOf(temp.resolve("broken.zip"), Map.of(
                "broken/problem.yaml", "name: Broken\nlimits: {memory: lots}\n"));
        browser.driver().findElement(By.id("package-file")).sendKeys(bad.toString());
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement error = browser.waitFor("[data-testid=import-result] [role=alert]");
        List<WebElement> listed = error.findElements(By.cssSelector("li"));
        JsonNode refused = http.post("/api/admin/problems?filename=broken.zip", admin, "application/zip",
                Files.readAllBytes(bad)).json();
        assertEquals(refused.get("errors").size(), listed.size(), error.getText());
        assertFalse(listed.isEmpty());
        assertTrue(listed.get(0).getText().startsWith("broken"), "errors name the package's files: " + listed.get(0).getText());
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(refused.get("errors").get(i).asString(), listed.get(i).getText());
        }
        assertEquals(404, http.get("/api/problems/broken", admin).status(), "a bad package imports nothing");
        browser.screenshot("admin-import-errors");
        browser.resize(390, 844);
        assertFitsTheWidth();
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void anAdminCreatesAContestThroughTheForm() {
        browser.signIn(admin, "/admin/contests/new");
        browser.waitFor("#contest-slug").sendKeys("ui-cup");
        browser.driver().findElement(By.id("contest-title")).sendKeys("UI Cup");
        browser.driver().findElement(By.id("contest-freeze")).sendKeys("60");
        browser.driver().findElement(By.cssSelector(".problem-slug")).sendKeys("hello");
        browser.driver().findElement(By.xpath("//button[text()='Add a problem']")).click();
        List<WebElement> slugs = browser.driver().findElements(By.cssSelector(".problem-slug"));
        assertEquals(2, slugs.size());
        slugs.get(1).sendKeys("aplusb");
        browser.driver().findElements(By.cssSelector(".problem-label")).get(1).sendKeys("B");
        browser.driver().findElement(By.cssSelector(".contest-form button[type=submit]")).click();
        browser.waitForText(".success", "The contest is created");
        browser.waitForText("h1", "UI Cup");

        JsonNode contest = null;
        for (JsonNode c : http.get("/api/contests", admin).json().get("items")) {
            if (c.get("id").asString().equals("ui-cup")) contest = c;
        }
        assertTrue(contest != null, "the new contest is listed");
        assertEquals("icpc", contest.get("format").asString());
        assertEquals("PT5H", contest.get("duration").asString());
        assertEquals(2, contest.get("problems").size());
        assertEquals("aplusb", contest.get("problems").get(1).get("problem").asString());
        assertEquals("B", contest.get("problems").get(1).get("label").asString());
        assertTrue(browser.driver().getCurrentUrl().contains("/admin/contests/ui-cup"));
        assertEquals("ui-cup", browser.waitFor("#contest-slug").getDomProperty("value"), "the form shows it to edit");
        assertEquals("60", browser.driver().findElement(By.id("contest-freeze")).getDomProperty("value"));
        assertEquals("300", browser.driver().findElement(By.id("contest-duration")).getDomProperty("value"));

        WebElement title = browser.driver().findElement(By.id("contest-title"));
        title.clear();
        title.sendKeys("UI Cup, renamed");
        browser.driver().findElement(By.cssSelector(".contest-form button[type=submit]")).click();
        browser.waitForText(".success", "The contest is updated");
        JsonNode updated = http.get("/api/contests/ui-cup", admin).json();
        assertEquals("UI Cup, renamed", updated.get("title").asString());
        assertEquals(contest.get("startsAt").asString(), updated.get("startsAt").asString(), "saving keeps the start");
        assertEquals(contest.get("freezesAt").asString(), updated.get("freezesAt").asString());
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void aBadContestFormShowsEveryMistakeAndCreatesNothing() {
        int contests = http.get("/api/contests", admin).json().get("items").size();
        browser.signIn(admin, "/admin/contests/new");
        browser.waitFor("#contest-slug").sendKeys("Bad Slug!");
        browser.driver().findElement(By.cssSelector(".problem-slug")).sendKeys("no-such-problem");
        browser.driver().findElement(By.cssSelector(".contest-form button[type=submit]")).click();
        WebElement error = browser.waitFor("[data-testid=contest-said] [role=alert]");
        String text = error.getText();
        assertTrue(text.contains("slug:"), text);
        assertTrue(text.contains("title:"), text);
        assertTrue(text.contains("problems[0].problem: there is no problem 'no-such-problem'"), text);
        assertEquals("true", browser.driver().findElement(By.id("contest-slug")).getDomAttribute("aria-invalid"));
        assertEquals("true", browser.driver().findElement(By.cssSelector(".problem-slug")).getDomAttribute("aria-invalid"));
        browser.waitForText(".field-error", "slug:");
        browser.screenshot("admin-contest-form");
        browser.resize(390, 844);
        assertFitsTheWidth();
        assertEquals(contests, http.get("/api/contests", admin).json().get("items").size(), "nothing is created");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void afterTheEndAnAdminAddsParticipantsRevealsAndUnfreezesTheBoard() {
        ApiSessions.Account user = ApiSessions.signUp(http);
        Map<String, Object> ended = ContestFixtures.contest("ended-cup", "icpc", Instant.now().minus(Duration.ofHours(3)),
                "PT2H", List.of(Map.of("label", "A", "problem", "hello")));
        ended.put("freeze", "PT1H");
        assertEquals(201, http.postJson("/api/admin/contests", admin, ended).status());

        browser.signIn(admin, "/admin/contests/ended-cup");
        browser.waitFor("#participants").sendKeys(user.name() + ", admin-does-not-exist");
        browser.driver().findElement(By.xpath("//button[text()='Add participants']")).click();
        String refused = browser.waitFor(".contest-actions [role=alert]").getText();
        assertTrue(refused.contains("admin-does-not-exist"), refused);
        browser.driver().findElement(By.id("participants")).clear();
        browser.driver().findElement(By.id("participants")).sendKeys(user.name());
        browser.driver().findElement(By.xpath("//button[text()='Add participants']")).click();
        browser.waitForText(".contest-actions .success", "Added: " + user.name());

        browser.driver().findElement(By.xpath("//button[text()='Reveal next']")).click();
        browser.waitForText("#resolver-h ~ div .success", "every frozen result is revealed");
        browser.js("window.confirm = () => true");
        browser.driver().findElement(By.xpath("//button[text()='Unfreeze']")).click();
        browser.waitForText("#resolver-h ~ div .success", "unfrozen");
        JsonNode contest = http.get("/api/contests/ended-cup", admin).json();
        assertFalse(contest.get("unfrozenAt").isNull(), contest.toString());
        assertEquals("/contests/ended-cup/leaderboard", browser.waitForText("a", "Open the leaderboard").getDomAttribute("href"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void anAdminVerifiesAProblemAndSeesWhatEachJurySubmissionGot() throws IOException {
        Path pkg = zipOf(temp.resolve("twice.zip"), Map.of(
                "twice/problem.yaml", "name: Twice\nlimits:\n  memory: 256\n",
                "twice/.timelimit", "1\n",
                "twice/data/secret/1.in", "21\n",
                "twice/data/secret/1.ans", "42\n",
                "twice/submissions/accepted/double.py", "print(2 * int(input()))\n",
                "twice/submissions/wrong_answer/same.py", "print(input())\n"));
        assertEquals(201, http.post("/api/admin/problems?filename=twice.zip", admin, "application/zip",
                Files.readAllBytes(pkg)).status());
        browser.signIn(admin, "/admin/problems");
        browser.waitFor("button[aria-label='Verify twice']").click();
        String result = browser.until(d -> d.findElements(By.cssSelector("tr[data-detail=twice] [data-testid=verify-result]"))
                .stream().map(WebElement::getText).findFirst().orElse(null), "the verification's result",
                Duration.ofSeconds(90));
        assertTrue(result.startsWith("Passed"), result);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr[data-detail=twice] tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains("submissions/accepted/double.py"), rows.get(0).getText());
        assertEquals("AC", rows.get(0).findElements(By.cssSelector("td")).get(2).getText());
        assertEquals("WA", rows.get(1).findElements(By.cssSelector("td")).get(2).getText());
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void someoneWhoIsNotAnAdminIsToldTheAdminPagesAreForAdminsOnly() {
        ApiSessions.Account user = ApiSessions.signUp(http);
        browser.signIn(user.token(), "/admin");
        browser.waitForText("[data-testid=admins-only]", "Admins only");
        browser.go("/admin/problems");
        browser.waitForText("[data-testid=admins-only]", "Admins only");
        assertTrue(browser.driver().findElements(By.id("package-file")).isEmpty());
        browser.go("/admin/contests/new");
        browser.waitForText("[data-testid=admins-only]", "Admins only");
    }

    @Test
    void aUserMakesATokenThatWorksAndRevokesIt() {
        ApiSessions.Account user = ApiSessions.signUp(http);
        browser.signIn(user.token(), "/tokens");
        browser.waitForText("tbody tr", "signup");
        browser.waitFor("#token-label").sendKeys("my script");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        String secret = browser.waitFor("[data-testid=new-token]").getText();
        assertEquals(user.name(), http.get("/api/users/me", secret).json().get("username").asString());
        WebElement row = browser.waitForText("tbody tr", "my script");
        assertFalse(browser.driver().findElement(By.cssSelector("table")).getText().contains(secret),
                "the list never shows a secret");
        browser.screenshot("tokens");
        browser.resize(390, 844);
        assertFitsTheWidth();

        browser.js("window.confirm = () => true");
        row.findElement(By.xpath(".//button[text()='Revoke']")).click();
        browser.waitForText("[role=status]", "revoked");
        assertEquals(401, http.get("/api/users/me", secret).status());
        assertTrue(browser.driver().findElements(By.xpath("//tbody/tr[contains(., 'my script')]")).isEmpty());
        assertEquals(200, http.get("/api/users/me", user.token()).status(), "the browser's own token still works");
        assertEquals(List.of(), browser.scriptErrors());
    }

    /** Nothing sticks out sideways: the page works at a phone's width without scrolling across. */
    private void assertFitsTheWidth() {
        long overflow = ((Number) browser.js(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the window");
    }

    private static Path zipDirectory(Path dir, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(dir.getFileName() + "/" + dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Path zipOf(Path zip, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
