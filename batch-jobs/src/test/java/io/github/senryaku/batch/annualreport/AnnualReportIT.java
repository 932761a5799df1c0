package io.github.senryaku.batch.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report job end to end: department workbooks imported through the real job, then
 * {@code senryaku report} renders the year from the store, and the files are read back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualReportIT {

    @TempDir
    static Path home;

    private static Map<String, String> environment;

    @BeforeAll
    static void imported() throws Exception {
        environment = TestStores.environment(home);
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        ReportWorkbook.xlsx().department("企画調整課")
                .actual("T2-1", "市外へ就職する学生数", "R5", 1910, "人", null)
                .actual("T2-1", "市外へ就職する学生数", "R6", 1900, "人", null)
                .actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null)
                .actual("T3-2", "価値創造拠点施設の整備", "R6", "整備", null, null)
                .measure("M3-1-1", "R6", "完了", "価値創造拠点施設を開設", "延べ1万人が利用", "", "完了")
                .measure("M3-1-1", "R5", "実施中", "建設工事", "", "", "継続")
                .writeTo(inbox.resolve("企画調整課_R6.xlsx"));
        CliRunner.Result imported = CliRunner.run(environment, "import");
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
    }

    private static CliRunner.Result report(String... args) {
        String[] all = Stream.concat(Stream.of("report"), Stream.of(args)).toArray(String[]::new);
        return CliRunner.run(environment, all);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @Order(1)
    void report_rendersThreeFilesAndTheHtmlEdition_intoTheYearsFolder_andPrintsTheHash() throws Exception {
        CliRunner.Result result = report("--year", "R6");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        Path folder = home.resolve("reports").resolve("kanazawa-2nd").resolve("R6");
        Manifest manifest = Manifest.read(folder);
        assertEquals(List.of("進捗状況報告書_R6.pdf", "進捗状況報告書_R6.xlsx", "kpi.csv", "html"), manifest.files());
        assertTrue(result.out().contains(manifest.sha256()), result.out());
        assertFalse(manifest.sample(), "a real data folder is not sample data");
        try (Stream<Path> listing = Files.list(folder)) {
            assertTrue(listing.noneMatch(file -> file.toString().endsWith(".part")), "no half-written file is left");
        }

        String pdf = pdfText(folder.resolve("進捗状況報告書_R6.pdf"));
        assertTrue(pdf.contains("1,900人"), "T2-1's R6 figure from the store");
        assertTrue(pdf.contains("50.0%"), "T2-1: 2,000 → 1,800 with 1,900 is 50.0 %");
        assertTrue(pdf.contains("延べ1万人が利用"), "M3-1-1's 成果 of R6");
        assertFalse(pdf.contains("建設工事"), "M3-1-1's R5 report is not the R6 one");
        assertTrue(pdf.contains("企画調整課_R6.xlsx"), "the data source");
        assertTrue(pdf.contains(manifest.sha256()), "the hash is printed in the PDF");
        assertFalse(pdf.contains("サンプルデータ"), pdf);

        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("進捗状況報告書_R6.xlsx").toFile())) {
            Sheet targets = workbook.getSheet("数値目標");
            Row students = null;
            for (Row row : targets) {
                if (row.getCell(1) != null && "T2-1".equals(row.getCell(1).toString())) {
                    students = row;
                }
            }
            assertTrue(students != null);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Cell cell : students) {
                found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && cell.getNumericCellValue() == 1900;
            }
            assertTrue(found, "1900 stands as a number in T2-1's row");
        }

        List<String> csv = Files.readAllLines(folder.resolve("kpi.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(line -> line.startsWith("T2-1,") && line.contains(",2024,")
                && line.contains(",1900,") && line.contains(",50.00,")), String.join("\n", csv));

        String index = Files.readString(folder.resolve("html/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("1,900人") && index.contains("50.0%"), "T2-1 in the HTML edition's summary");
        assertTrue(index.contains("href=\"../kpi.csv\""), "the CSV beside the site is linked");
        assertTrue(index.contains(manifest.sha256()), "the hash is printed in the HTML edition");
        assertTrue(Files.readString(folder.resolve("html/goal-3.html"), StandardCharsets.UTF_8).contains("延べ1万人が利用"),
                "M3-1-1's 成果 of R6 on its goal's page");
    }

    @Test
    @Order(2)
    void formatHtml_writesTheSiteAlone_linkingNoFileItDidNotWrite() throws Exception {
        Path out = home.resolve("html-only");
        CliRunner.Result result = report("--year", "R6", "--format", "html", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(List.of("html"), Manifest.read(out).files());
        assertTrue(result.out().contains(out.resolve("html").toString()), result.out());
        try (Stream<Path> site = Files.list(out.resolve("html"))) {
            List<String> names = site.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("budget.html", "glossary.html", "goal-1.html", "goal-2.html", "goal-3.html", "goal-4.html",
                    "index.html", "missing.html", "style.css"), names);
        }
        String index = Files.readString(out.resolve("html/index.html"), StandardCharsets.UTF_8);
        assertFalse(index.contains("../"), "no PDF or CSV was written, so none is linked");
        try (Stream<Path> listing = Files.list(out)) {
            assertTrue(listing.noneMatch(file -> file.toString().endsWith(".part")), "no half-written folder is left");
        }

        CliRunner.Result again = report("--year", "R6", "--format", "csv", "--out", out.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertFalse(Files.exists(out.resolve("html")), "the site of the older run does not stay beside the new CSV");
    }

    @Test
    @Order(3)
    void aLaterYearsFigure_doesNotChangeAnEarlierReport_butOneOfTheYearDoes() throws Exception {
        Path r5 = home.resolve("reports").resolve("kanazawa-2nd").resolve("R5");
        Path r6 = home.resolve("reports").resolve("kanazawa-2nd").resolve("R6");
        assertEquals(0, report("--year", "R5", "--format", "csv").exitCode());
        String r5Before = Manifest.read(r5).sha256();
        String r6Before = Manifest.read(r6).sha256();

        ReportWorkbook.xlsx().department("企画調整課").actual("T4-1", "石川中央都市圏における連携事業数", "R6", 95, "事業", null)
                .writeTo(home.resolve("t41.xlsx"));
        CliRunner.Result imported = CliRunner.run(environment, "import", home.resolve("t41.xlsx").toString());
        assertEquals(0, imported.exitCode(), imported.out());

        assertEquals(0, report("--year", "R5", "--format", "csv").exitCode());
        assertEquals(r5Before, Manifest.read(r5).sha256(), "an R6 figure is not part of the R5 snapshot");
        assertEquals(0, report("--year", "R6", "--format", "csv").exitCode());
        assertFalse(r6Before.equals(Manifest.read(r6).sha256()), "a new R6 figure changes the R6 snapshot");
        assertFalse(Files.exists(r6.resolve("進捗状況報告書_R6.pdf")),
                "a PDF of the older snapshot does not stay beside the new CSV and manifest");
        try (Stream<Path> listing = Files.list(r6)) {
            assertEquals(List.of("MANIFEST.txt", "kpi.csv"), listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(r6.resolve("kpi.csv")).contains("T4-1,"));
    }

    @Test
    @Order(4)
    void theJobTellsItsStarter_eachFormatAsItBegins() throws Exception {
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home),
                environment);
        PlansInForce plans = PlansInForce.load(settings);
        List<ReportProgress> told = new CopyOnWriteArrayList<>();
        try (SenryakuRuntime runtime = SenryakuRuntime.start(settings, plans, plans.first(),
                RulebookFileLoader.load(settings.rulebook()))) {
            AnnualReports.Result result = AnnualReports.run(runtime.operator(), runtime.context().notices(),
                    FiscalYear.of(2024), ReportFormat.ANNUAL, home.resolve("told"), told::add);
            assertTrue(result.manifest().isPresent(), result.status().toString());
        }
        assertEquals(List.of(new ReportProgress(ReportFormat.PDF, 0, 4), new ReportProgress(ReportFormat.XLSX, 1, 4),
                new ReportProgress(ReportFormat.CSV, 2, 4), new ReportProgress(ReportFormat.HTML, 3, 4)), told);
    }

    @Test
    @Order(6)
    void formatsAndFolder_asAsked() throws Exception {
        Path out = home.resolve("elsewhere");
        CliRunner.Result result = report("--year", "令和5年度", "--format", "csv", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(List.of("kpi.csv"), Manifest.read(out).files());
        assertFalse(Files.exists(out.resolve("進捗状況報告書_R5.pdf")));
    }

    @Test
    @Order(5)
    void badOptions_oneLineAndExit2() {
        CliRunner.Result format = report("--year", "R6", "--format", "pdf,docx");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("形式「docx」はありません"), format.err());
        assertFalse(format.err().contains("Exception"), format.err());

        CliRunner.Result year = report("--year", "平成32年度");
        assertEquals(2, year.exitCode());
        assertTrue(year.err().contains("令和2年度"), year.err());

        CliRunner.Result outside = report("--year", "2030");
        assertEquals(1, outside.exitCode(), "a year outside the plan is invalid input: " + outside.err());
        assertEquals("令和12年度（2030年度）は計画の期間（令和2年度（2020年度）～令和6年度（2024年度））の外です。",
                outside.err().strip());
        assertFalse(Files.exists(home.resolve("reports").resolve("kanazawa-2nd").resolve("R12")), "nothing rendered");

        CliRunner.Result finalHtml = report("--final", "--format", "html");
        assertEquals(2, finalHtml.exitCode(), finalHtml.err());
        assertTrue(finalHtml.err().contains("HTML版は年次の報告書だけです"), finalHtml.err());

        Map<String, String> badFont = new java.util.HashMap<>(environment);
        badFont.put("SENRYAKU_REPORT_FONT", "/usr/share/fonts/nothing.otf");
        CliRunner.Result font = CliRunner.run(badFont, "report", "--year", "R6");
        assertEquals(2, font.exitCode());
        assertTrue(font.err().contains("TrueType"), font.err());
    }
}
