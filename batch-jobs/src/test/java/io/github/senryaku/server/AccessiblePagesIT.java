package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.councilimport.CouncilWorkbook;
import io.github.senryaku.batch.financeimport.FinanceWorkbook;
import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.reports.testing.AxeAudit;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the upload server as each role sees it — signed out, 財政課 (finance), 企画調整課 (planning) and
 * 管理者 (admin) — audited by axe-core in headless Chromium against WCAG 2.1 AA (issue 14): not one violation.
 * The upload results are real: a workbook that lands (取込済) and one rejected with located errors. And no role
 * reaches another role's page: it gets the Japanese 403 page.
 */
class AccessiblePagesIT {

    private static final Map<String, String> PASSWORDS = Map.of("zaisei", "zaisei-secret-2024",
            "kikaku", "kikaku-secret-2024", "kanri", "kanri-secret-2024");

    @TempDir
    static Path home;

    private static Process server;
    private static String address;

    @BeforeAll
    static void start() throws Exception {
        ServerProcess.addUser(home, "zaisei", "finance", PASSWORDS.get("zaisei"));
        ServerProcess.addUser(home, "kikaku", "planning", PASSWORDS.get("kikaku"));
        ServerProcess.addUser(home, "kanri", "admin", PASSWORDS.get("kanri"));
        Path log = home.resolve("serve.log");
        server = ServerProcess.senryaku(home, ServerProcess.QUIET, "serve", "--port", "0").redirectOutput(log.toFile())
                .start();
        address = ServerProcess.address(log);
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    }

    /** What axe found on each page it audited, by who looked and where; the test wants every list empty. */
    private final Map<String, List<AxeAudit.Violation>> audited = new LinkedHashMap<>();

    @Test
    void everyPage_asEveryRole_hasNoWcag21AaViolation(@TempDir Path work) throws Exception {
        Path landing = FinanceWorkbook.xlsx().line("B-001", "子育て応援事業", "M1-1-1", "R6", 12000, 10800, "一般財源")
                .writeTo(work.resolve("財政課_R6当初.xlsx"));
        Path wrong = FinanceWorkbook.xlsx().line("B-101", "観光振興事業", "M3-9-9", "R6", 1000, 900, "")
                .line("B-102", "移住促進事業", "M2-2-1", "R6", "<b>たくさん</b>", 100, "").writeTo(work.resolve("財政課_誤り.xlsx"));
        Path report = ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null)
                .writeTo(work.resolve("観光政策課_R6.xlsx"));
        Path forTonight = ReportWorkbook.xlsx().department("企画調整課").actual("T2-1", "市外へ就職する学生数", "R6", 1900, "人", null)
                .writeTo(work.resolve("企画調整課_R6.xlsx"));
        Path opinions = CouncilWorkbook.kanazawa("R6").row(0, null, null, "全体として順調に進んでいる", "引き続き着実に推進する", null)
                .writeTo(work.resolve("推進会議意見_R6.xlsx"));
        Path wrongOpinions = CouncilWorkbook.kanazawa("R6").row(1, null, null, "対応方針のない意見", null, null)
                .row(6, "<b>G9</b>", null, "存在しない目標への意見", "対応する", null).writeTo(work.resolve("推進会議意見_誤り.xlsx"));

        try (AxeAudit axe = AxeAudit.start(work)) {
            WebDriver browser = axe.browser();
            audit(axe, "signed out", "login", "サインイン");
            audit(axe, "signed out", "login?error=password", "サインイン");

            signIn(browser, "zaisei");
            audit(axe, "finance", "", "メニュー（財政課）");
            audit(axe, "finance", "upload?kind=finance", "予算・決算ファイル（事業別予算決算）の取込");
            upload(browser, "finance", landing, "now");
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().startsWith("取込済: 財政課_R6当初.xlsx"));
            auditCurrent(axe, "finance", "upload result 取込済");
            upload(browser, "finance", wrong, "now");
            assertTrue(browser.findElement(By.cssSelector("p.ng")).getText().startsWith("差戻し: 財政課_誤り.xlsx（エラー 2 件）"));
            assertEquals("<b>たくさん</b>", browser.findElement(By.xpath("//td[text()='E5']/following-sibling::td[1]"))
                    .getText(), "the cell's text is shown as text, not taken as markup");
            auditCurrent(axe, "finance", "upload result 差戻し with located errors");
            audit(axe, "finance", "imports", "この画面は使えません");
            signOut(browser);

            signIn(browser, "kikaku");
            audit(axe, "planning", "", "メニュー（企画調整課）");
            audit(axe, "planning", "upload?kind=department", "担当課の報告ファイルの取込");
            upload(browser, "department", report, "now");
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().startsWith("取込済: 観光政策課_R6.xlsx"));
            auditCurrent(axe, "planning", "upload result 取込済 (department)");
            upload(browser, "department", forTonight, "night");
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("受付箱に置きました"));
            auditCurrent(axe, "planning", "upload left for the night");
            audit(axe, "planning", "upload?kind=council", "推進会議意見（意見と対応方針）の取込");
            upload(browser, "council", opinions, "now");
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().startsWith("取込済: 推進会議意見_R6.xlsx（意見 1 件）"));
            auditCurrent(axe, "planning", "upload result 取込済 (council)");
            upload(browser, "council", wrongOpinions, "now");
            assertTrue(browser.findElement(By.cssSelector("p.ng")).getText().startsWith("差戻し: 推進会議意見_誤り.xlsx（エラー 2 件）"));
            assertEquals("<b>G9</b>", browser.findElement(By.xpath("//td[text()='A11']/following-sibling::td[1]")).getText(),
                    "the code typed is shown as text");
            auditCurrent(axe, "planning", "upload result 差戻し (council) with located errors");
            audit(axe, "planning", "imports", "取込とジョブの状況");
            audit(axe, "planning", "missing?year=R6", "未提出一覧");
            audit(axe, "planning", "missing?year=%E5%B9%B3%E6%88%9032%E5%B9%B4%E5%BA%A6", "未提出一覧");
            audit(axe, "planning", "reports", "報告書のダウンロード");
            audit(axe, "planning", "upload?kind=finance", "この画面は使えません");
            signOut(browser);

            signIn(browser, "kanri");
            audit(axe, "admin", "", "メニュー（管理者）");
            audit(axe, "admin", "upload?kind=finance", "予算・決算ファイル（事業別予算決算）の取込");
            audit(axe, "admin", "upload?kind=department", "担当課の報告ファイルの取込");
            audit(axe, "admin", "upload?kind=council", "推進会議意見（意見と対応方針）の取込");
            audit(axe, "admin", "imports", "取込とジョブの状況");
            audit(axe, "admin", "missing", "未提出一覧");
            audit(axe, "admin", "reports", "報告書のダウンロード");
        }

        assertEquals(26, audited.size(), audited.keySet().toString());
        audited.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), audited, "axe's WCAG 2.1 AA violations, by page");
    }

    @Test
    void aRole_cannotReachAnotherRolesPages_andIsToldSoInJapanese() throws Exception {
        Browser finance = new Browser(address);
        String financeCsrf = finance.signIn("zaisei", PASSWORDS.get("zaisei"));
        for (String page : List.of("imports", "missing", "reports", "upload?kind=department", "upload?kind=council",
                "reports/kanazawa-2nd/R6/x.pdf")) {
            assertRefused(finance.get(page), "財政課", page);
        }
        byte[] workbook = Files.readAllBytes(ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null).writeTo(home.resolve("t31.xlsx")));
        assertRefused(finance.upload(Map.of("csrf", financeCsrf, "kind", "department", "when", "now"), "観光政策課_R6.xlsx",
                workbook), "財政課", "POST upload of a department's workbook");

        Browser planning = new Browser(address);
        String planningCsrf = planning.signIn("kikaku", PASSWORDS.get("kikaku"));
        assertRefused(planning.get("upload?kind=finance"), "企画調整課", "upload?kind=finance");
        assertRefused(planning.get("upload"), "企画調整課", "upload (finance by default)");
        assertRefused(planning.upload(planningCsrf, "finance", "財政課_R6.xlsx", workbook), "企画調整課",
                "POST upload of the finance workbook");

        Browser admin = new Browser(address);
        admin.signIn("kanri", PASSWORDS.get("kanri"));
        for (String page : List.of("", "imports", "missing", "reports", "upload?kind=finance", "upload?kind=department",
                "upload?kind=council")) {
            assertEquals(200, admin.get(page).statusCode(), "admin opens " + page);
        }

        Browser nobody = new Browser(address);
        HttpResponse<String> page = nobody.get("imports");
        assertEquals(303, page.statusCode(), "a page sends the signed-out to sign in");
        assertEquals("/login", page.headers().firstValue("Location").map(java.net.URI::create).orElseThrow().getPath());
        HttpResponse<String> download = nobody.get("reports/kanazawa-2nd/R6/x.pdf");
        assertEquals(401, download.statusCode(), "a download is refused outright");
        assertTrue(download.body().contains("サインインしていないため、受け付けませんでした。"), download.body());
    }

    private static void assertRefused(HttpResponse<String> answer, String role, String what) {
        assertEquals(403, answer.statusCode(), what);
        assertTrue(answer.body().contains("<html lang=\"ja\">"), answer.body());
        assertTrue(answer.body().contains("<title>この画面は使えません | senryaku</title>"), answer.body());
        assertTrue(answer.body().contains("<p class=\"ng\">" + role + "のアカウントでは、この画面は使えません。</p>"), what
                + ": " + answer.body());
    }

    private void audit(AxeAudit axe, String who, String path, String title) throws Exception {
        axe.browser().get(address + path);
        assertTrue(axe.browser().getTitle().startsWith(title + " | "), who + " " + path + ": " + axe.browser().getTitle());
        audited.put(who + ": /" + path, axe.violationsOfCurrentPage());
    }

    private void auditCurrent(AxeAudit axe, String who, String what) throws Exception {
        audited.put(who + ": " + what, axe.violationsOfCurrentPage());
    }

    private static void signIn(WebDriver browser, String account) {
        browser.get(address + "login");
        browser.findElement(By.id("name")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys(PASSWORDS.get(account));
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("メニュー"));
    }

    private static void signOut(WebDriver browser) {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("サインイン"));
    }

    private static void upload(WebDriver browser, String kind, Path workbook, String when) {
        browser.get(address + "upload?kind=" + kind);
        browser.findElement(By.id("file")).sendKeys(workbook.toString());
        if (kind.equals("department")) {
            browser.findElement(By.cssSelector("input[name=when][value=" + when + "]")).click();
        }
        browser.findElement(By.cssSelector("form[action='/upload'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.ok")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.ng"))));
    }
}
