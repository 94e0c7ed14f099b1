package dev.gavel.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.Browser;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The UI's frame in a real browser: sign-up, log in and out, addresses that reload, a page that does not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserTest {

    @LocalServerPort
    int port;
    Browser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContestFixtures.serverProperties(registry, TestDatabases.newH2Database());
    }

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aVisitorSignsUpIsSignedInAndLogsOut() {
        browser.go("/signup");
        browser.waitFor("#username").sendKeys("alice");
        browser.driver().findElement(By.id("password")).sendKeys("alice-password");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        assertEquals("alice", browser.waitFor("[data-testid=username]").getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/problems"), browser.driver().getCurrentUrl());

        browser.go("/problems");
        assertEquals("alice", browser.waitFor("[data-testid=username]").getText(), "a reload keeps the session");

        browser.waitForText(".account button", "Log out").click();
        browser.waitForText(".account a", "Log in");
        assertEquals(null, browser.js("return localStorage.getItem('gavel.token')"));
        assertEquals(java.util.List.of(), browser.scriptErrors());
    }

    @Test
    void aWrongPasswordIsSaidAndNobodyIsSignedIn() {
        browser.go("/login?next=/contests");
        browser.waitFor("#username").sendKeys("admin");
        browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        String error = browser.waitFor("[role=alert]").getText();
        assertTrue(error.contains("wrong username or password"), error);
        assertTrue(browser.driver().findElements(By.cssSelector("[data-testid=username]")).isEmpty());

        browser.driver().findElement(By.id("password")).clear();
        browser.driver().findElement(By.id("password")).sendKeys(ContestFixtures.ADMIN_PASSWORD);
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitForText(".nav a", "Admin");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/contests"), "login goes on to the page asked for");
    }

    @Test
    void anUnknownAddressSaysNotFound() {
        browser.go("/problems/x/y/z");
        browser.waitForText("h1", "Not found");
        browser.screenshot("not-found");
    }
}
