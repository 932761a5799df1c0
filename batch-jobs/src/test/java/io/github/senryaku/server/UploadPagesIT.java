package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.councilimport.CouncilWorkbook;
import io.github.senryaku.batch.financeimport.FinanceWorkbook;
import io.github.senryaku.batch.store.CouncilOpinions;
import io.github.senryaku.model.time.FiscalYear;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The upload page over real HTTP on loopback, against the packaged server process. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadPagesIT {

    private static final String FINANCE_PASSWORD = "zaisei-secret-2024";
    private static final String PLANNING_PASSWORD = "kikaku-secret-2024";

    @TempDir
    static Path home;

    private static Process server;
    private static String address;

    @BeforeAll
    static void start() throws Exception {
        ServerProcess.addUser(home, "zaisei", "finance", FINANCE_PASSWORD);
        ServerProcess.addUser(home, "kikaku", "planning", PLANNING_PASSWORD);
        Path log = home.resolve("serve.log");
        Map<String, String> settings = new java.util.HashMap<>(ServerProcess.QUIET);
        settings.put("SENRYAKU_MAX_FILE_SIZE_MB", "1");
        server = ServerProcess.senryaku(home, settings, "serve", "--port", "0").redirectOutput(log.toFile()).start();
        address = ServerProcess.address(log);
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    }

    /** The server's own H2 database, opened beside it (AUTO_SERVER). */
    private static Connection store() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/senryaku") + ";AUTO_SERVER=TRUE",
                "senryaku", "");
    }

    private static long budgetLines() throws Exception {
        try (Connection connection = store(); ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM budget_line b JOIN import_file f ON f.id = b.import_file_id"
                                + " WHERE f.status = 'LANDED' AND b.superseded_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The council's current opinions on R6 of the Kanazawa plan, as the reports read them: "subject: opinion → response". */
    private static List<String> councilOpinions() throws Exception {
        try (Connection connection = store()) {
            return CouncilOpinions.current(connection, "kanazawa-2nd", FiscalYear.of(2024)).opinions().stream()
                    .map(o -> o.subject().text() + ": " + o.opinion() + " → " + o.response()).toList();
        }
    }

    private static byte[] financeWorkbook(Object[]... lines) throws Exception {
        FinanceWorkbook workbook = FinanceWorkbook.xlsx();
        for (Object[] line : lines) {
            workbook.line(line);
        }
        Path file = workbook.writeTo(Files.createTempFile(home, "finance", ".xlsx"));
        return Files.readAllBytes(file);
    }

    @Test
    @Order(1)
    void signIn_setsAStrictHttpOnlyCookie_andAWrongPasswordDoesNot() throws Exception {
        Browser browser = new Browser(address);
        assertEquals(303, browser.get("").statusCode(), "without a session the menu sends to sign-in");

        String token = Browser.csrf(browser.get("login").body());
        HttpResponse<String> wrong = browser.form("login", Map.of("name", "zaisei", "password", "nope", "csrf", token));
        assertEquals(303, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Location").orElseThrow().endsWith("/login?error=password"));
        assertTrue(browser.get("login?error=password").body().contains("アカウント名またはパスワードが違います"));

        token = Browser.csrf(browser.get("login").body());
        HttpResponse<String> signed = browser.form("login", Map.of("name", "zaisei", "password", FINANCE_PASSWORD,
                "csrf", token));
        String cookie = signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SENRYAKU_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(browser.get("").body().contains("予算・決算ファイル（事業別予算決算）の取込"));
    }

    @Test
    @Order(2)
    void signIn_withoutItsCsrfToken_isRefused() throws Exception {
        Browser browser = new Browser(address);
        browser.get("login");
        HttpResponse<String> forged = browser.form("login", Map.of("name", "zaisei", "password", FINANCE_PASSWORD,
                "csrf", "forged"));
        assertEquals(403, forged.statusCode());
    }

    @Test
    @Order(3)
    void aFinanceUser_cannotOpenPlanningPages() throws Exception {
        Browser browser = new Browser(address);
        browser.signIn("zaisei", FINANCE_PASSWORD);
        HttpResponse<String> page = browser.get("upload?kind=department");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("財政課のアカウントでは、この画面は使えません"), page.body());
    }

    @Test
    @Order(4)
    void uploads_withoutASession_orWithoutTheCsrfToken_areNotAccepted() throws Exception {
        byte[] workbook = financeWorkbook(new Object[] {"B-1", "事業", "M1-1-1", "R6", 10, 9, ""});
        HttpResponse<String> anonymous = new Browser(address).upload("x", "finance", "財政課_R6.xlsx", workbook);
        assertEquals(401, anonymous.statusCode());

        Browser browser = new Browser(address);
        browser.signIn("zaisei", FINANCE_PASSWORD);
        assertEquals(403, browser.upload("not-the-token", "finance", "財政課_R6.xlsx", workbook).statusCode());
        assertEquals(0, budgetLines(), "nothing was imported");
    }

    @Test
    @Order(5)
    void oversizedAndNonWorkbookUploads_areRefusedByContent() throws Exception {
        Browser browser = new Browser(address);
        String csrf = browser.signIn("zaisei", FINANCE_PASSWORD);

        // Declared over the limit: refused before the body is read, and the body read and discarded after the
        // answer (HttpLimits.DRAIN_BYTES), so the sender is shown the page instead of a connection closed under it.
        // 64 MB is more than the client can hand to the socket before the answer comes: with the JDK server's
        // default allowance (64 KB) the answer was lost ("fixed content-length: 595, bytes received: 0").
        HttpResponse<String> big = browser.upload(csrf, "finance", "財政課_R6.xlsx", new byte[64 * 1024 * 1024]);
        assertEquals(413, big.statusCode(), big.body());
        assertTrue(big.body().contains("ファイルが大きすぎます（上限 1 MB）"), big.body());
        HttpResponse<String> justOver = browser.upload(csrf, "finance", "財政課_R6.xlsx", new byte[1024 * 1024 + 10]);
        assertEquals(413, justOver.statusCode(), "over the limit by a few bytes, within the framing allowance: "
                + "refused while copying");
        assertTrue(justOver.body().contains("ファイルが大きすぎます（上限 1 MB）"), justOver.body());

        HttpResponse<String> pdf = browser.upload(csrf, "finance", "財政課_R6.xlsx",
                "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, pdf.statusCode(), pdf.body());
        assertTrue(pdf.body().contains("Excel ファイルではありません（PDF ファイルです）"), pdf.body());
    }

    @Test
    @Order(6)
    void aGoodUpload_landsAtOnce_underAGeneratedFolder_evenWithAPathInItsName() throws Exception {
        Browser browser = new Browser(address);
        String csrf = browser.signIn("zaisei", FINANCE_PASSWORD);
        byte[] workbook = financeWorkbook(new Object[] {"B-001", "子育て応援事業", "M1-1-1", "R6", 12000, 10800, "一般財源"},
                new Object[] {"B-900", "庁舎維持管理", null, "R6", 3000, 2900, ""});

        HttpResponse<String> result = browser.upload(csrf, "finance", "../../../etc/<b>財政課_R6 & 'x'.xlsx", workbook);

        assertEquals(200, result.statusCode(), result.body());
        assertTrue(result.body().contains("取込済: _b_財政課_R6 &amp; 'x'.xlsx（予算・決算 2 行）"), result.body());
        assertFalse(result.body().contains("<b>"), "characters file systems refuse are replaced");
        assertFalse(result.body().contains("R6 & 'x'"), "what the user sent is escaped");
        assertEquals(2, budgetLines());
        assertFalse(Files.exists(home.resolve("etc")), "nothing is written outside the data folder's own places");
        assertFalse(Files.exists(home.getParent().resolve("etc")));
        try (var archive = Files.list(home.resolve("archive"))) {
            assertTrue(archive.anyMatch(f -> f.getFileName().toString().endsWith("_b_財政課_R6 & 'x'.xlsx")));
        }
    }

    @Test
    @Order(7)
    void aBadUpload_listsEveryError_andOffersTheErrorWorkbook() throws Exception {
        Browser browser = new Browser(address);
        String csrf = browser.signIn("zaisei", FINANCE_PASSWORD);
        byte[] workbook = financeWorkbook(new Object[] {"B-101", "観光振興事業", "M3-9-9", "R6", 1000, 900, ""},
                new Object[] {"B-102", "移住促進事業", "M2-2-1", "R6", "たくさん", 100, ""});

        HttpResponse<String> result = browser.upload(csrf, "finance", "財政課_誤り.xlsx", workbook);

        assertEquals(422, result.statusCode(), result.body());
        assertTrue(result.body().contains("差戻し: 財政課_誤り.xlsx（エラー 2 件）"), result.body());
        assertTrue(result.body().contains("<td>C4</td><td>M3-9-9</td><td>計画にない取組コードです</td>"), result.body());
        assertTrue(result.body().contains("<td>E5</td><td>たくさん</td><td>金額として読めません</td>"), result.body());
        Matcher link = Pattern.compile("href=\"(/errors/[^\"]+)\"").matcher(result.body());
        assertTrue(link.find(), result.body());
        HttpResponse<byte[]> report = browser.http.send(HttpRequest.newBuilder(URI.create(address
                + link.group(1).substring(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode());
        assertEquals('P', report.body()[0], "an .xlsx (a zip) comes back");
        assertEquals("no-store", report.headers().firstValue("Cache-Control").orElseThrow(), "downloads are not cached");
        assertEquals("nosniff", report.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(404, browser.get("errors/..%2Fusers.txt").statusCode(), "only error workbooks can be downloaded");
        assertEquals(2, budgetLines(), "the bad file changed nothing");
    }

    @Test
    @Order(8)
    void thePlanningOffice_uploadsDepartmentWorkbooks_atOnceOrForTheNight() throws Exception {
        Browser planning = new Browser(address);
        String csrf = planning.signIn("kikaku", PLANNING_PASSWORD);
        Path now = io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null).writeTo(home.resolve("t31.xlsx"));
        HttpResponse<String> landed = planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "now"),
                "観光政策課_R6.xlsx", Files.readAllBytes(now));
        assertEquals(200, landed.statusCode(), landed.body());
        assertTrue(landed.body().contains("取込済: 観光政策課_R6.xlsx（実績 1 件・取組 0 件）"), landed.body());

        Path later = io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("企画調整課")
                .actual("T2-1", "市外へ就職する学生数", "R6", 1900, "人", null).writeTo(home.resolve("t21.xlsx"));
        HttpResponse<String> queued = planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "night"),
                "企画調整課_R6.xlsx", Files.readAllBytes(later));
        assertEquals(200, queued.statusCode(), queued.body());
        assertTrue(queued.body().contains("受付箱に置きました"), queued.body());
        assertTrue(Files.exists(home.resolve("inbox").resolve("企画調整課_R6.xlsx")), "left for the nightly import");

        Browser finance = new Browser(address);
        String financeCsrf = finance.signIn("zaisei", FINANCE_PASSWORD);
        assertEquals(403, finance.upload(Map.of("csrf", financeCsrf, "kind", "department", "when", "now"),
                "観光政策課_R6.xlsx", Files.readAllBytes(now)).statusCode(), "finance cannot upload department workbooks");
    }

    @Test
    @Order(8)
    void thePlanningOffice_uploadsTheCouncilsOpinions_whichLandAtOnce_orComeBackWithTheirErrors() throws Exception {
        Browser planning = new Browser(address);
        String csrf = planning.signIn("kikaku", PLANNING_PASSWORD);
        assertTrue(planning.get("").body().contains("<a href=\"/upload?kind=council\">推進会議意見（意見と対応方針）の取込</a>"));
        String form = planning.get("upload?kind=council").body();
        assertTrue(form.contains("<input type=\"hidden\" name=\"kind\" value=\"council\">"), form);
        assertFalse(form.contains("name=\"when\""), "the nightly import takes departments' workbooks only: " + form);
        byte[] opinions = Files.readAllBytes(CouncilWorkbook.kanazawa("R6")
                .row(0, null, null, "全体として順調に進んでいる", "引き続き着実に推進する", "第2回推進会議")
                .row(1, null, null, "出生率の回復が遅い", "相談支援を拡充する", "A委員")
                .writeTo(home.resolve("council").resolve("推進会議意見_R6.xlsx")));

        HttpResponse<String> landed = planning.upload(csrf, "council", "推進会議意見_R6.xlsx", opinions);

        assertEquals(200, landed.statusCode(), landed.body());
        assertTrue(landed.body().contains("取込済: 推進会議意見_R6.xlsx（意見 2 件） 計画 kanazawa-2nd"), landed.body());
        assertEquals(List.of("総括: 全体として順調に進んでいる → 引き続き着実に推進する", "G1: 出生率の回復が遅い → 相談支援を拡充する"),
                councilOpinions());
        HttpResponse<String> again = planning.upload(csrf, "council", "推進会議意見_R6_再送.xlsx", opinions);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("取込済（重複）: 推進会議意見_R6_再送.xlsx"), again.body());

        byte[] wrong = Files.readAllBytes(CouncilWorkbook.kanazawa("R6")
                .row(1, null, null, "対応方針のない意見", null, null)
                .row(6, "G9", null, "存在しない目標への意見", "対応する", null)
                .writeTo(home.resolve("council").resolve("推進会議意見_R6_誤り.xlsx")));
        HttpResponse<String> rejected = planning.upload(csrf, "council", "推進会議意見_R6_誤り.xlsx", wrong);

        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("差戻し: 推進会議意見_R6_誤り.xlsx（エラー 2 件）"), rejected.body());
        assertTrue(rejected.body().contains("<td>推進会議意見</td><td>E6</td><td></td><td>対応方針が空欄です（意見に対する対応方針がありません）</td>"),
                rejected.body());
        assertTrue(rejected.body().contains("<td>推進会議意見</td><td>A11</td><td>G9</td><td>計画（令和6年度の版）にない対象コードです</td>"),
                rejected.body());
        Matcher link = Pattern.compile("href=\"/(errors/[^\"]+)\"").matcher(rejected.body());
        assertTrue(link.find(), rejected.body());
        HttpResponse<byte[]> errors = planning.http.send(HttpRequest.newBuilder(URI.create(address + link.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, errors.statusCode());
        assertEquals('P', errors.body()[0], "an .xlsx (a zip) comes back");
        assertEquals(2, councilOpinions().size(), "the bad file changed nothing");

        Browser finance = new Browser(address);
        String financeCsrf = finance.signIn("zaisei", FINANCE_PASSWORD);
        assertEquals(403, finance.get("upload?kind=council").statusCode());
        assertEquals(403, finance.upload(financeCsrf, "council", "推進会議意見_R6_第2回.xlsx", opinions).statusCode(),
                "finance cannot upload the council's opinions");
        assertEquals(404, finance.get(link.group(1)).statusCode(), "the council's errors are not finance's to read");
        assertEquals(2, councilOpinions().size());
    }

    @Test
    @Order(9)
    void thePlanningOffice_seesImportsJobRunsMissingAndReports_andFinanceDoesNot() throws Exception {
        Browser planning = new Browser(address);
        planning.signIn("kikaku", PLANNING_PASSWORD);
        String menu = planning.get("").body();
        assertTrue(menu.contains("担当課の報告ファイルの取込") && menu.contains("未提出一覧"), menu);

        HttpResponse<String> imports = planning.get("imports");
        assertEquals(200, imports.statusCode());
        assertTrue(imports.body().contains("<td>財政課_誤り.xlsx</td><td>財政課</td><td>予算決算</td><td>差戻し</td>"),
                imports.body());
        assertTrue(imports.body().contains("<td>finance-import</td>"), imports.body());
        assertTrue(imports.body().contains("<td>推進会議意見_R6.xlsx</td><td>推進会議意見</td><td>推進会議意見</td><td>取込済</td>"
                + "<td>0</td><td>0</td><td>0</td><td>2</td><td>0</td>"), "a council import, by its kind and its opinions: "
                + imports.body());
        assertTrue(imports.body().contains("<td>council-import</td>"), imports.body());

        HttpResponse<String> missing = planning.get("missing?year=R6");
        assertEquals(200, missing.statusCode());
        assertTrue(missing.body().contains("令和6年度（2024年度）の未提出: 27 件"),
                "5 targets and 23 measures, T3-1 reported: " + missing.body());
        assertEquals(400, planning.get("missing?year=%E5%B9%B3%E6%88%9032%E5%B9%B4%E5%BA%A6").statusCode(), "平成32年度");
        assertTrue(missing.body().contains("第2次金沢版総合戦略（kanazawa-2nd） 令和6年度"), missing.body());
        HttpResponse<String> unknownPlan = planning.get("missing?year=R6&plan=kanazawa-9th");
        assertEquals(400, unknownPlan.statusCode());
        assertTrue(unknownPlan.body().contains("計画「kanazawa-9th」はありません"), unknownPlan.body());

        // The year-end run missed at start (schedule 1 January) rendered R6, the fiscal year closed before it.
        String reports = planning.get("reports").body();
        assertTrue(reports.contains("進捗状況報告書_R6.pdf"), reports);
        HttpResponse<byte[]> pdf = planning.http.send(HttpRequest.newBuilder(URI.create(address + "reports/kanazawa-2nd/R6/"
                + URLEncoder.encode("進捗状況報告書_R6.pdf", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(404, planning.get("reports/..%2F..%2F/x/users.txt").statusCode());
        assertEquals(404, planning.get("reports/kanazawa-2nd/..%2F..%2F/users.txt").statusCode());

        Browser finance = new Browser(address);
        finance.signIn("zaisei", FINANCE_PASSWORD);
        assertEquals(403, finance.get("imports").statusCode());
        assertEquals(403, finance.get("missing").statusCode());
        assertEquals(403, finance.get("reports").statusCode());
    }

    @Test
    @Order(10)
    void postsWithoutALengthOrASession_areRefusedBeforeTheBodyIsRead_whateverThePathLooksLike() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("upload", "upload/", "upload;x=1")) {
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(address + path))
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), path);
        }
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(URI.create(address + "upload"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "--x--\r\n".getBytes(StandardCharsets.US_ASCII)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode());
    }

    @Test
    @Order(11)
    void errorWorkbooks_followTheRoles_andARoleChangeEndsTheSession() throws Exception {
        Browser planning = new Browser(address);
        String csrf = planning.signIn("kikaku", PLANNING_PASSWORD);
        Path bad = io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("観光政策課")
                .actual("T9-9", "ない指標", "R6", 1, "人", null).writeTo(home.resolve("bad.xlsx"));
        HttpResponse<String> rejected = planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "now"),
                "観光政策課_誤り.xlsx", Files.readAllBytes(bad));
        assertEquals(422, rejected.statusCode(), rejected.body());
        Matcher link = Pattern.compile("href=\"/(errors/[^\"]+)\"").matcher(rejected.body());
        assertTrue(link.find(), rejected.body());
        assertEquals(200, planning.http.send(HttpRequest.newBuilder(URI.create(address + link.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        Browser finance = new Browser(address);
        finance.signIn("zaisei", FINANCE_PASSWORD);
        assertEquals(404, finance.get(link.group(1)).statusCode(), "a department's errors are not finance's to read");

        HttpResponse<String> queuedTwice = planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "night"),
                "企画調整課_R6.xlsx", Files.readAllBytes(bad));
        assertTrue(queuedTwice.body().contains("企画調整課_R6 (2).xlsx"), "the same name waits beside the first: "
                + queuedTwice.body());

        ServerProcess.addUser(home, "kikaku", "finance", PLANNING_PASSWORD);
        assertEquals(303, planning.get("imports").statusCode(), "a changed role signs the account out");
    }

    @Test
    @Order(12)
    void repeatedWrongPasswords_areThrottled() throws Exception {
        Browser browser = new Browser(address);
        for (int i = 0; i < 5; i++) {
            String token = Browser.csrf(browser.get("login").body());
            browser.form("login", Map.of("name", "zaisei", "password", "wrong-" + i, "csrf", token));
        }
        String token = Browser.csrf(browser.get("login").body());
        HttpResponse<String> right = browser.form("login", Map.of("name", "zaisei", "password", FINANCE_PASSWORD,
                "csrf", token));
        assertEquals(303, right.statusCode());
        assertTrue(right.headers().firstValue("Location").orElseThrow().endsWith("/login?error=wait"),
                "even the right password waits after five failures");
    }

    @Test
    @Order(8)
    void nightUploads_underNamesTheInboxScanSkips_areStoredUnderOnesItTakes() throws Exception {
        Browser planning = new Browser(address);
        String csrf = planning.signIn("kikaku", PLANNING_PASSWORD);
        Path workbook = io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null).writeTo(home.resolve("night.xlsx"));

        for (String sent : List.of("~$報告.xlsx", "報告.xlsx.part", "報告.part")) {
            HttpResponse<String> queued = planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "night"),
                    sent, Files.readAllBytes(workbook));

            assertEquals(200, queued.statusCode(), queued.body());
            Matcher stored = Pattern.compile("受付箱に置きました（([^）]+)）").matcher(queued.body());
            assertTrue(stored.find(), queued.body());
            Path inInbox = home.resolve("inbox").resolve(stored.group(1));
            assertTrue(stored.group(1).startsWith("報告") && stored.group(1).endsWith(".xlsx"), sent + " → " + stored.group(1));
            assertTrue(io.github.senryaku.batch.importing.WaitingFiles.in(home.resolve("inbox")).contains(inInbox),
                    sent + " is stored as " + stored.group(1) + ", which tonight's scan takes");
        }
    }

    @Test
    @Order(13)
    void everyPage_carriesTheSecurityHeaders_andNoInlineStyleOrScript() throws Exception {
        Browser browser = new Browser(address);
        for (String path : List.of("login", "", "health", "style.css", "no-such-page", "errors/x.errors.xlsx")) {
            HttpResponse<String> answer = browser.get(path);

            assertEquals("default-src 'self'; frame-ancestors 'none'; form-action 'self'",
                    answer.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElseThrow(), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElseThrow(), path);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElseThrow(), path);
            assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS on plain HTTP");
        }
        HttpResponse<String> refused = new Browser(address).upload("x", "finance", "財政課_R6.xlsx", new byte[10]);
        assertEquals(401, refused.statusCode());
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElseThrow(), "refusals too");

        String page = browser.get("login").body();
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/style.css\">"), page);
        assertFalse(page.contains("<style") || page.contains("style=\"") || page.contains("<script"),
                "nothing inline for the CSP to block: " + page);
    }
}
