package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.imports.FinanceWorkbook;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.reports.testing.ExternalTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The finance office's path through a real browser (Debian's chromium, headless, driven by Selenium):
 * sign in, pick the workbook, upload, see 取込済. Skipped locally without chromium and chromium-driver;
 * under CI they are installed and a missing one fails.
 */
class BrowserIT {

    @TempDir
    Path home;

    @Test
    void financeUser_signsIn_uploadsAWorkbook_andSeesItLanded() throws Exception {
        Path chromium = ExternalTools.require("chromium", "chromium");
        Path driver = ExternalTools.require("chromedriver", "chromium-driver");
        String password = "zaisei-secret-2024";
        Process add = server("user", "add", "zaisei", "--role", "finance").start();
        add.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        assertTrue(add.waitFor(60, TimeUnit.SECONDS));
        Path workbook = FinanceWorkbook.xlsx()
                .line("B-001", "子育て応援事業", "M1-1-1", "R6", 12000, 10800, "一般財源")
                .writeTo(home.resolve("財政課_R6当初.xlsx"));
        Path log = home.resolve("serve.log");
        Process serve = server("serve", "--port", "0").redirectOutput(log.toFile()).start();
        WebDriver browser = null;
        try {
            String address = address(log);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--lang=ja-JP", "--user-data-dir=" + home.resolve("chromium-profile"));
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
                    options);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

            browser.get(address);
            assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());
            browser.findElement(By.id("name")).sendKeys("zaisei");
            browser.findElement(By.id("password")).sendKeys(password);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("予算・決算ファイル（事業別予算決算）の取込"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(workbook.toString());
            browser.findElement(By.cssSelector("form[action='/upload'] button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.ok")));

            String result = browser.findElement(By.cssSelector("p.ok")).getText();
            assertEquals("取込済: 財政課_R6当初.xlsx（予算・決算 1 行）", result);
            assertTrue(browser.getTitle().startsWith("予算・決算ファイル（事業別予算決算）の取込の結果"), browser.getTitle());
        } finally {
            if (browser != null) {
                browser.quit();
            }
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        }
    }

    private ProcessBuilder server(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", ProjectFiles.root().resolve("batch-jobs/target/senryaku.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SENRYAKU_HOME", home.resolve("data").toString());
        builder.environment().put("SENRYAKU_CONFIG", ProjectFiles.root().resolve("config").toString());
        builder.environment().put("SENRYAKU_IMPORT_SCHEDULE", "0 2 1 1 *");
        builder.environment().put("SENRYAKU_REPORT_SCHEDULE", "0 3 1 1 *");
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    private static String address(Path log) throws Exception {
        Pattern listening = Pattern.compile("senryaku serve: (http://[^/]+/)");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline;
                Thread.sleep(50)) {
            Matcher m = listening.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError(Files.readString(log, StandardCharsets.UTF_8));
    }
}
