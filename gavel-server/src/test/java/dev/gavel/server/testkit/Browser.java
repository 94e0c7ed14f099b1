package dev.gavel.server.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's, driven through its ChromeDriver) looking at the test server. Screenshots go to
 * {@code target/screenshots/}, and also to the folder named by {@code GAVEL_SCREENSHOTS} when it is set (that is how
 * {@code docs/screenshots/} is refreshed).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GAVEL_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("GAVEL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A new browser (its own profile: nobody signed in) at the server on this port, 1280×900. */
    public static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("the browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + DRIVER
                    + "; scripts/test.sh installs both (Debian packages chromium and chromium-driver)");
        }
        try {
            Path profile = Files.createTempDirectory("gavel-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // root needs --no-sandbox; the rest keeps Chromium from calling out on a machine with no internet
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server (a full page load). */
    public void go(String path) {
        driver.get(base + path);
    }

    /** Signs the browser in with a bearer token as the UI keeps it, then opens the path. */
    public void signIn(String token, String path) {
        go("/");
        js("localStorage.setItem('gavel.token', arguments[0])", token);
        go(path);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The first element matching the CSS selector once it is shown (30 s at most). */
    public WebElement waitFor(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        }, "an element " + css);
    }

    /** The first element matching the CSS selector whose text contains the given text (30 s at most). */
    public WebElement waitForText(String css, String text) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text))
                .findFirst().orElse(null), "an element " + css + " with the text '" + text + "'");
    }

    /** Waits until the condition gives a value that is neither null nor false. */
    public <T> T until(Function<WebDriver, T> condition, String what) {
        return until(condition, what, WAIT);
    }

    public <T> T until(Function<WebDriver, T> condition, String what, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                    .ignoring(StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-" + System.nanoTime());
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + " on " + driver.getCurrentUrl()
                    + " (screenshot " + shot + "); the page says: " + pageText(), e);
        }
    }

    private String pageText() {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.length() > 1500 ? text.substring(0, 1500) + " …" : text;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the page as {@code name.png}; returns where. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            String docs = System.getenv("GAVEL_SCREENSHOTS");
            if (docs != null && !docs.isBlank()) {
                Files.createDirectories(Path.of(docs));
                Files.copy(file, Path.of(docs).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors the page's scripts logged since the last call (a broken module, an uncaught exception …). */
    public List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the pages log refused API calls on purpose (a 4xx is part of several tests)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in /tmp is harmless
        }
    }
}
