package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.financeimport.FinanceWorkbook;
import io.github.senryaku.reports.testing.ExternalTools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
        ServerProcess.addUser(home.resolve("data"), "zaisei", "finance", password);
        Path workbook = FinanceWorkbook.xlsx()
                .line("B-001", "子育て応援事業", "M1-1-1", "R6", 12000, 10800, "一般財源")
                .writeTo(home.resolve("財政課_R6当初.xlsx"));
        Path log = home.resolve("serve.log");
        Process serve = ServerProcess.senryaku(home.resolve("data"), ServerProcess.QUIET, "serve", "--port", "0")
                .redirectOutput(log.toFile()).start();
        WebDriver browser = null;
        try {
            String address = ServerProcess.address(log);
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
            assertEquals("取込済: 財政課_R6当初.xlsx（予算・決算 1 行） 計画 kanazawa-2nd", result);
            assertTrue(browser.getTitle().startsWith("予算・決算ファイル（事業別予算決算）の取込の結果"), browser.getTitle());
        } finally {
            if (browser != null) {
                browser.quit();
            }
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        }
    }
}
