package io.github.senryaku.reports.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The accessibility bar of issue 14, checked by axe-core in the real Chromium: a page passes when axe finds no
 * violation of the WCAG 2.0/2.1 A and AA rules (JIS X 8341-3:2016 level AA has the same criteria).
 *
 * <p>axe-core comes from the npm registry through {@code scripts/install-test-tools.sh}; Chromium and its driver
 * from Debian's packages. Like {@link ExternalTools}, a missing tool skips locally (and says so) and fails under CI.
 */
public final class AxeAudit implements AutoCloseable {

    /** The tags of the rules the pages must pass (axe's names for WCAG 2.0 and 2.1, levels A and AA). */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebDriver browser;
    private final String axeScript;

    private AxeAudit(WebDriver browser, String axeScript) {
        this.browser = browser;
        this.axeScript = axeScript;
    }

    /** Starts headless Chromium with its profile under {@code workDir}; close it when done. */
    public static AxeAudit start(Path workDir) throws IOException {
        Path chromium = ExternalTools.require("chromium", "chromium");
        Path driver = ExternalTools.require("chromedriver", "chromium-driver");
        String axeScript = Files.readString(axeCore(), StandardCharsets.UTF_8);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ja-JP", "--user-data-dir=" + workDir.resolve("chromium-profile"));
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new AxeAudit(browser, axeScript);
    }

    /** The browser, for a test that also signs in, clicks or types before it audits. */
    public WebDriver browser() {
        return browser;
    }

    /** Opens {@code url} (http: or file:) and audits it. */
    public List<Violation> violationsOf(String url) throws IOException {
        browser.get(url);
        return violationsOfCurrentPage();
    }

    /** Audits the page the browser shows now against {@link #WCAG_AA}. */
    public List<Violation> violationsOfCurrentPage() throws IOException {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript(axeScript);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('axe failed: ' + e));
                """, WCAG_AA);
        String text = String.valueOf(result);
        if (!text.startsWith("[")) {
            fail(browser.getCurrentUrl() + ": " + text);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(text)) {
            List<String> where = new ArrayList<>();
            for (JsonNode node : violation.path("nodes")) {
                where.add(node.path("target").toString() + " " + node.path("html").asText());
            }
            violations.add(new Violation(violation.path("id").asText(), violation.path("impact").asText(),
                    violation.path("help").asText(), List.copyOf(where)));
        }
        return violations;
    }

    @Override
    public void close() {
        browser.quit();
    }

    /** axe-core's browser build, installed under scripts/test-tools by the project's install script. */
    private static Path axeCore() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("scripts/test-tools/node_modules/axe-core/axe.min.js");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        String message = "axe-core is not installed (run scripts/install-test-tools.sh: npm ci in scripts/test-tools)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must have " + message);
        }
        System.err.println("SKIPPED: " + message + "; the accessibility check did not run");
        Assumptions.abort("skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    /** One rule axe found broken, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> elements) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + elements;
        }
    }
}
