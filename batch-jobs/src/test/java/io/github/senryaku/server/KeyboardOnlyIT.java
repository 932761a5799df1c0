package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.senryaku.batch.financeimport.FinanceWorkbook;
import io.github.senryaku.reports.testing.ExternalTools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The finance office's path with the keyboard alone (issue 14): sign in, choose the workbook and upload it using
 * only Tab, Shift+Tab, Space and Enter — every key goes to whatever has the focus, as a user's would, never to an
 * element the test picked out. Each element the focus lands on must show it (an outline).
 */
class KeyboardOnlyIT {

    private static final int MOST_TABS = 20;

    @TempDir
    Path home;

    private WebDriver browser;
    /** The elements the focus visited, in order, for the failure message. */
    private final List<String> visited = new ArrayList<>();

    @Test
    void financeUser_signsIn_choosesAWorkbook_andUploadsIt_withTheKeyboardAlone() throws Exception {
        Path chromium = ExternalTools.require("chromium", "chromium");
        Path driver = ExternalTools.require("chromedriver", "chromium-driver");
        String password = "zaisei-secret-2024";
        ServerProcess.addUser(home.resolve("data"), "zaisei", "finance", password);
        Path workbook = FinanceWorkbook.xlsx().line("B-001", "子育て応援事業", "M1-1-1", "R6", 12000, 10800, "一般財源")
                .writeTo(home.resolve("財政課_R6当初.xlsx"));
        Path log = home.resolve("serve.log");
        Process serve = ServerProcess.senryaku(home.resolve("data"), ServerProcess.QUIET, "serve", "--port", "0")
                .redirectOutput(log.toFile()).start();
        try {
            String address = ServerProcess.address(log);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--lang=ja-JP", "--user-data-dir=" + home.resolve("chromium-profile"));
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
                    options);
            browser.get(address);
            assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());

            // The skip link comes first; Enter on it moves on to the content, where the next Tab finds the form.
            tabUntil(element -> element.getText().equals("本文へ移動"));
            press(Keys.ENTER);
            assertEquals(1, tabUntil(element -> "name".equals(element.getAttribute("id"))),
                    "past the header in one Tab: " + visited);
            type("zaisei");
            tabUntil(element -> "password".equals(element.getAttribute("id")));
            type(password);
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertEquals("name", focused().getAttribute("id"), "Shift+Tab goes back to the account name");
            tabUntil(element -> element.getTagName().equals("button") && element.getText().equals("サインイン"));
            press(Keys.ENTER);
            wait(browser).until(ExpectedConditions.titleContains("メニュー（財政課）"));

            tabUntil(element -> element.getText().equals("予算・決算ファイル（事業別予算決算）の取込"));
            press(Keys.ENTER);
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("file")));

            tabUntil(element -> "file".equals(element.getAttribute("id")));
            // Enter on a file input opens the system's file chooser, which headless Chromium has not got: the path
            // goes to the focused input itself, which is what the chooser does with the file a user picks.
            focused().sendKeys(workbook.toString());
            tabUntil(element -> element.getTagName().equals("button") && element.getText().equals("取り込む"));
            press(Keys.SPACE);
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.ok")));

            assertEquals("取込済: 財政課_R6当初.xlsx（予算・決算 1 行） 計画 kanazawa-2nd",
                    browser.findElement(By.cssSelector("p.ok")).getText());
        } finally {
            if (browser != null) {
                browser.quit();
            }
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types text into what has the focus, key by key. */
    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    /**
     * Presses Tab until the focus is on what {@code wanted} describes, checking on the way that focus is visible;
     * returns how many presses it took.
     */
    private int tabUntil(Predicate<WebElement> wanted) {
        for (int i = 1; i <= MOST_TABS; i++) {
            press(Keys.TAB);
            WebElement element = focused();
            visited.add(element.getTagName() + " " + element.getText() + " " + element.getAttribute("id"));
            assertVisiblyFocused(element);
            if (wanted.test(element)) {
                return i;
            }
        }
        return fail("not reached with " + MOST_TABS + " presses of Tab; the focus went " + visited);
    }

    private void assertVisiblyFocused(WebElement element) {
        String outline = (String) ((JavascriptExecutor) browser).executeScript(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        assertNotEquals("none", outline.split(" ")[0], element.getTagName() + " " + element.getText() + ": no outline");
        assertTrue(element.getRect().getX() >= 0 && element.getRect().getY() >= 0, element.getTagName() + " "
                + element.getText() + " is focused off screen: " + element.getRect());
    }
}
