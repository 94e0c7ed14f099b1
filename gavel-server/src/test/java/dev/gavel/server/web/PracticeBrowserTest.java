package dev.gavel.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.Browser;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import dev.gavel.server.testkit.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The practice pages in a real browser against a real judge: problems, the editor, live verdicts, the history. */
@Tag("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeBrowserTest {

    @LocalServerPort
    int port;
    Browser browser;
    Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContestFixtures.serverProperties(registry, TestDatabases.newH2Database());
    }

    @BeforeEach
    void open() {
        browser = Browser.open(port);
        http = new Http(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aUserTypesASolutionSubmitsWithTheKeyboardAndSeesTheVerdictArriveWithoutAReload() {
        String token = ApiSessions.signUp(http).token();
        browser.signIn(token, "/problems/hello");
        browser.waitForText("h1", "Hello, World!");
        browser.waitFor("[data-testid=statement] p");
        new Select(browser.waitFor("#language")).selectByValue("python3");
        awaitMonaco();

        browser.waitFor(".monaco-editor .view-lines").click();
        WebElement input = browser.driver().switchTo().activeElement();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("print('Hello, World!')");
        assertEquals("print('Hello, World!')", editorText());
        assertEquals("print('Hello, World!')", browser.js("return localStorage.getItem('gavel.draft.hello.python3')"),
                "the draft is kept per problem and language");

        browser.js("window.stillTheSamePage = true");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText("[data-testid=verdict] [data-testid=status]", "Accepted");
        assertEquals(Boolean.TRUE, browser.js("return window.stillTheSamePage"), "the verdict came without a reload");
        String seen = (String) browser.js("return document.querySelector('[data-testid=verdict]').dataset.seen");
        assertTrue(seen.startsWith("queued") && seen.endsWith("done"), seen);
        assertEquals("polite", browser.waitFor("[data-testid=verdict]").getAttribute("aria-live"));
        assertTrue(browser.waitFor("table.results").getText().contains("sample/01"));
        browser.screenshot("problem-live-verdict");

        browser.go("/problems/hello");
        awaitMonaco();
        assertEquals("print('Hello, World!')", editorText(), "the language and the draft are remembered");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void aWrongAnswerShowsTheFailedSampleAndRunOnSamplesShowsTheMismatch() {
        String token = ApiSessions.signUp(http).token();
        browser.signIn(token, "/problems/hello");
        new Select(browser.waitFor("#language")).selectByValue("python3");
        awaitMonaco();
        browser.js("monaco.editor.getModels()[0].setValue(arguments[0])", ContestFixtures.HELLO_WRONG);

        browser.waitFor("#run-samples").click();
        WebElement actual = browser.waitForText("[data-testid=run-actual]", "hello");
        assertEquals("hello", actual.getText().strip());
        browser.waitForText(".run-sample .badge", "differs");

        browser.waitFor("#submit").click();
        browser.waitForText("[data-testid=verdict] [data-testid=status]", "Wrong Answer");
        assertEquals("Hello, World!", browser.waitFor("[data-testid=expected-output]").getText().strip());
        browser.until(d -> browser.waitFor("[data-testid=actual-output]").getText().strip().equals("hello"),
                "the program's own output on the failed sample");
        browser.waitForText(".sample-diff", "sample");
        browser.screenshot("problem-wrong-answer");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void theHistoryIsFilteredAndASubmissionShowsItsSource() {
        String token = ApiSessions.signUp(http).token();
        long right = submit(token, "hello", ContestFixtures.HELLO);
        long wrong = submit(token, "hello", ContestFixtures.HELLO_WRONG);
        long sum = submit(token, "aplusb", ContestFixtures.PY_SUM);
        for (long id : List.of(right, wrong, sum)) ApiSessions.awaitVerdict(http, token, id);

        browser.signIn(token, "/submissions");
        browser.until(d -> rows().size() == 3, "three submissions");
        new Select(browser.waitFor("#filter-verdict")).selectByValue("WA");
        browser.until(d -> rows().equals(List.of(String.valueOf(wrong))), "only the wrong answer");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/submissions?verdict=WA"));
        new Select(browser.waitFor("#filter-problem")).selectByValue("aplusb");
        browser.waitForText("[data-testid=submissions]", "No submission matches");

        browser.go("/submissions?problem=hello");
        browser.until(d -> rows().equals(List.of(String.valueOf(wrong), String.valueOf(right))), "hello's two");
        browser.screenshot("submissions-history");
        browser.waitFor("tr[data-id='" + wrong + "'] a").click();
        browser.waitForText("h1", "Submission #" + wrong);
        browser.waitForText("[data-testid=verdict] [data-testid=status]", "Wrong Answer");
        awaitMonaco();
        assertEquals(ContestFixtures.HELLO_WRONG, editorText());
        browser.until(d -> browser.waitFor("[data-testid=actual-output]").getText().strip().equals("hello"),
                "the failed sample's output");
        browser.screenshot("submission-detail");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void theListSearchesAndMarksSolvedProblemsAndAVisitorIsAskedToLogIn() {
        browser.go("/problems/aplusb");
        browser.waitForText(".notice", "Log in");
        browser.waitFor("[data-testid=statement] .katex");
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('[data-testid=statement]').textContent"
                + ".includes('$')"), "every formula is typeset, none left as $…$");

        String token = ApiSessions.signUp(http).token();
        ApiSessions.awaitVerdict(http, token, submit(token, "hello", ContestFixtures.HELLO));
        browser.signIn(token, "/problems");
        browser.waitFor("tr[data-slug=hello] .solved-mark");
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-slug=aplusb] .solved-mark")).isEmpty());
        browser.screenshot("problems-list");

        importTaggedProblem("tagged-hello");
        browser.go("/problems");
        new Select(browser.waitFor("#problem-tag")).selectByValue("greedy");
        browser.until(d -> slugs().equals(List.of("tagged-hello")), "only the problem tagged greedy");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/problems?tag=greedy"));
        new Select(browser.waitFor("#problem-difficulty")).selectByValue("easy");
        browser.until(d -> browser.driver().getCurrentUrl().endsWith("/problems?tag=greedy&difficulty=easy"),
                "both filters in the address");
        browser.until(d -> slugs().equals(List.of("tagged-hello")), "still only the problem tagged greedy");
        browser.waitFor("#problem-search").sendKeys("plus", Keys.ENTER);
        browser.waitForText("[data-testid=problems]", "No problem matches");
        browser.waitForText("button", "Clear").click();
        browser.until(d -> slugs().containsAll(List.of("hello", "aplusb", "tagged-hello")), "all problems again");

        WebElement search = browser.waitFor("#problem-search");
        search.sendKeys("plus", Keys.ENTER);
        browser.until(d -> slugs().equals(List.of("aplusb")), "only A Plus B");
        browser.waitFor("tr[data-slug=aplusb] a").click();
        browser.waitForText("h1", "A Plus B");

        browser.resize(390, 844);
        browser.go("/problems/aplusb");
        browser.waitFor("[data-testid=statement] .katex");
        browser.waitFor("#submit");
        assertEquals(Boolean.FALSE, browser.js("return document.documentElement.scrollWidth > window.innerWidth"),
                "nothing wider than a phone");
        browser.screenshot("problem-phone");
        browser.waitForText("button", "Go to the editor").click();
        awaitMonaco();
        browser.screenshot("problem-phone-editor");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void aContestProblemLinksBackAndSubmitsToTheContestSayingWhyNotWhenRefused() {
        String contest = ContestFixtures.slug("live");
        String admin = ApiSessions.login(http, "admin", ContestFixtures.ADMIN_PASSWORD);
        Http.Response created = http.postJson("/api/admin/contests", admin, ContestFixtures.contest(contest, "icpc",
                Instant.now().minusSeconds(60), "PT1H", List.of(Map.of("problem", "maxsub"))));
        assertEquals(201, created.status(), created.body());
        String token = ApiSessions.signUp(http).token();

        browser.signIn(token, "/contests/" + contest + "/problems/A");
        browser.waitForText("h1", "A. Best Stretch");
        browser.waitForText(".crumbs a", "Back to the contest");
        new Select(browser.waitFor("#language")).selectByValue("python3");
        awaitMonaco();
        browser.js("monaco.editor.getModels()[0].setValue(arguments[0])", "print(0)\n");
        browser.waitFor("#submit").click();
        String refusal = browser.waitFor("[data-testid=verdict] [role=alert]").getText();
        assertTrue(refusal.contains("register first"), refusal);

        assertEquals(201, http.postJson("/api/contests/" + contest + "/register", token, "").status());
        browser.waitFor("#submit").click();
        browser.waitFor("[data-testid=verdict] .verdict-head .badge");
        JsonNode mine = http.get("/api/users/me/submissions", token).json();
        assertEquals(1, mine.size(), "the one accepted submission");
        assertEquals("maxsub", mine.get(0).get("problem").asString());
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void aStatementThatIsOnlyAPdfIsShownAndLinked() {
        byte[] pdf = "%PDF-1.4\n% the statement of hello\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        importHello("pdf-hello", (name, content) -> name.endsWith(".md") ? null : content,
                Map.of("problem_statement/problem.en.pdf", pdf));
        browser.go("/problems/pdf-hello");
        WebElement open = browser.waitForText("[data-testid=statement] a", "Open the statement (PDF)");
        assertTrue(open.getAttribute("href").startsWith("blob:"), open.getAttribute("href"));
        Object served = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e))",
                open.getAttribute("href"));
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), served);
        assertEquals(List.of(), browser.scriptErrors());
    }

    /** Imports problems/hello again under the slug, with keywords and a difficulty in its problem.yaml. */
    private void importTaggedProblem(String slug) {
        importHello(slug, (name, content) -> name.equals("problem.yaml")
                ? (new String(content, StandardCharsets.UTF_8) + "keywords: greedy strings\ndifficulty: easy\n")
                        .getBytes(StandardCharsets.UTF_8)
                : content, Map.of());
    }

    /**
     * Imports problems/hello again under the slug: each file as {@code change} gives it back (null leaves it out),
     * and the extra files.
     */
    private void importHello(String slug, BiFunction<String, byte[], byte[]> change, Map<String, byte[]> extra) {
        Path hello = Path.of(ApiSessions.repo("problems/hello"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(hello)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = hello.relativize(f).toString();
                byte[] content = change.apply(name, Files.readAllBytes(f));
                if (content == null) continue;
                zip.putNextEntry(new ZipEntry(slug + "/" + name));
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(slug + "/" + e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String admin = ApiSessions.login(http, "admin", ContestFixtures.ADMIN_PASSWORD);
        Http.Response r = http.post("/api/admin/problems?slug=" + slug, admin, "application/zip", bytes.toByteArray());
        assertEquals(201, r.status(), r.body());
    }

    private long submit(String token, String problem, String source) {
        Http.Response r = http.postJson("/api/problems/" + problem + "/submissions", token,
                Map.of("language", "python3", "source", source));
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private void awaitMonaco() {
        browser.until(d -> "monaco".equals(browser.js("return document.querySelector('.editor-host')?.dataset.editor")),
                "the Monaco editor");
    }

    private String editorText() {
        return (String) browser.js("return monaco.editor.getModels()[0].getValue()");
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) browser.js(
                "return [...document.querySelectorAll('[data-testid=submissions] tbody tr')].map(r => r.dataset.id)");
    }

    @SuppressWarnings("unchecked")
    private List<String> slugs() {
        return (List<String>) browser.js(
                "return [...document.querySelectorAll('[data-testid=problems] tbody tr')].map(r => r.dataset.slug)");
    }
}
