package io.github.senryaku.batch.councilimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.CouncilOpinions;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.CouncilReview;
import io.github.senryaku.model.time.FiscalYear;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * The council import end to end: the template the real command writes, filled in with POI, imported by the real
 * command and job into the store (H2, or PostgreSQL in the failsafe {@code postgres} execution), and read back
 * through the store's {@link CouncilOpinions} as the reports will read it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilImportIT {

    private static final String PLAN = "kanazawa-2nd";
    private static final int FIRST = CouncilTemplate.HEADER_ROW + 1;

    @TempDir
    static Path home;

    private static Map<String, String> environment;
    private static Path template;

    @BeforeAll
    static void dataFolderAndTemplate() {
        environment = TestStores.environment(home);
        CliRunner.Result made = senryaku("template", "--council", "--year", "R6", "--out", home.resolve("様式").toString());
        assertEquals(0, made.exitCode(), made.out() + made.err());
        template = home.resolve("様式").resolve("推進会議意見_R6.xlsx");
        assertTrue(made.out().contains("推進会議意見の様式を作成しました: " + template), made.out());
    }

    private static CliRunner.Result senryaku(String... args) {
        return CliRunner.run(environment, args);
    }

    /** The template with rows written over: each {row index below the header, A, C, D, E, F}; null leaves a cell. */
    private static Path filled(String name, Object[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet sheet = workbook.getSheet("推進会議意見");
            int[] columns = {0, 2, 3, 4, 5};
            for (Object[] values : rows) {
                Row row = sheet.getRow(FIRST + (Integer) values[0]);
                for (int i = 0; i < columns.length; i++) {
                    if (values[i + 1] != null) {
                        row.getCell(columns[i]).setCellValue((String) values[i + 1]);
                    }
                }
            }
            Path file = home.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static CouncilReview review() throws Exception {
        try (Connection connection = TestStores.connect(environment)) {
            return CouncilOpinions.current(connection, PLAN, FiscalYear.of(2024));
        }
    }

    /** Each current opinion as "subject: opinion → response (by)". */
    private static List<String> opinions() throws Exception {
        return review().opinions().stream().map(CouncilImportIT::line).toList();
    }

    private static String line(CouncilOpinion opinion) {
        return opinion.subject().text() + ": " + opinion.opinion() + " → " + opinion.response()
                + opinion.by().map(by -> " (" + by + ")").orElse("");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestStores.connect(environment); var select = connection.createStatement();
                ResultSet rs = select.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @Order(1)
    void theFilledTemplate_lands_andReadsBackBySubject() throws Exception {
        // Rows 0 (総括) and 1 (G1) are prefilled with their codes; row 6 is a free row given T3-1 twice.
        Path file = filled("推進会議意見_R6_第1回.xlsx",
                new Object[] {0, null, null, "全体として順調に進んでいる", "引き続き着実に推進する", "第2回推進会議"},
                new Object[] {1, null, null, "出生率の回復が遅い", "相談支援を拡充する", "A委員"},
                new Object[] {6, "T3-1", null, "入込客数の回復を評価する", "誘客を継続する", null},
                new Object[] {7, "Ｔ３ー１", null, "オーバーツーリズムへの配慮を", "分散化策を検討する", "B委員"});

        CliRunner.Result result = senryaku("import", "--council", file.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済      推進会議意見_R6_第1回.xlsx（推進会議意見、意見 4 件） 計画 kanazawa-2nd"),
                result.out());
        assertEquals(List.of("総括: 全体として順調に進んでいる → 引き続き着実に推進する (第2回推進会議)",
                "G1: 出生率の回復が遅い → 相談支援を拡充する (A委員)",
                "T3-1: 入込客数の回復を評価する → 誘客を継続する",
                "T3-1: オーバーツーリズムへの配慮を → 分散化策を検討する (B委員)"), opinions());
        CouncilReview review = review();
        assertEquals(2, review.about(new io.github.senryaku.model.council.ReviewSubject.Target(
                new io.github.senryaku.model.plan.TargetCode(3, 1))).size());
        assertEquals(1, review.overall().size());
        assertEquals(1, count("SELECT COUNT(*) FROM import_file WHERE source = 'COUNCIL' AND status = 'LANDED'"
                + " AND opinion_count = 4 AND plan_code = '" + PLAN + "'"), "the ledger records the import");
    }

    @Test
    @Order(2)
    void sameContentAgain_isADuplicate_andChangesNothing() throws Exception {
        Path again = Files.copy(archived("推進会議意見_R6_第1回.xlsx"), home.resolve("again.xlsx"));

        CliRunner.Result result = senryaku("import", "--council", again.toString());

        assertEquals(0, result.exitCode(), result.out());
        assertTrue(result.out().contains("取込済(重複) again.xlsx"), result.out());
        assertEquals(4, opinions().size());
        assertEquals(4, count("SELECT COUNT(*) FROM council_opinion"));
    }

    @Test
    @Order(3)
    void aLaterFileForTheYear_replacesTheOpinionsOfTheSubjectsItNames_keepingTheOthersAndTheHistory() throws Exception {
        Path file = filled("推進会議意見_R6_第2回.xlsx",
                new Object[] {1, null, null, "出生率は横ばい。若い世代への支援を", "結婚・子育て支援を一体で進める", "第3回推進会議"});

        CliRunner.Result result = senryaku("import", "--council", file.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(List.of("総括: 全体として順調に進んでいる → 引き続き着実に推進する (第2回推進会議)",
                "T3-1: 入込客数の回復を評価する → 誘客を継続する",
                "T3-1: オーバーツーリズムへの配慮を → 分散化策を検討する (B委員)",
                "G1: 出生率は横ばい。若い世代への支援を → 結婚・子育て支援を一体で進める (第3回推進会議)"), opinions(),
                "G1 is replaced; 総括 and T3-1, which the later file does not name, keep their opinions");
        assertEquals(1, count("SELECT COUNT(*) FROM council_opinion WHERE superseded_at IS NOT NULL"
                + " AND subject_code = 'G1'"), "the earlier G1 opinion stays as history");
    }

    @Test
    @Order(4)
    void everyBadRow_isNamed_andTheWholeFileSentBack() throws Exception {
        Path file = filled("推進会議意見_R6_誤り.xlsx",
                new Object[] {0, null, null, "総括の意見", "総括の対応", null},
                new Object[] {1, null, null, "対応方針のない意見", null, null},
                new Object[] {2, null, null, null, "意見のない対応方針", null},
                new Object[] {6, "G9", null, "存在しない目標への意見", "対応", null},
                new Object[] {7, "M3-1-1", null, "取組への意見", "対応", null},
                new Object[] {8, "T3-1", "令和十年度", "年度の読めない意見", "対応", null});

        CliRunner.Result result = senryaku("import", "--council", file.toString());

        assertEquals(1, result.exitCode(), result.out());
        String out = result.out();
        assertTrue(out.contains("差戻し      推進会議意見_R6_誤り.xlsx（エラー 5 件）"), out);
        assertTrue(out.contains("セルE6: 対応方針が空欄です"), out);
        assertTrue(out.contains("セルD7: 意見が空欄です（対応方針だけの行です）"), out);
        assertTrue(out.contains("セルA11: 計画（令和6年度の版）にない対象コードです（入力値: 「G9」）"), out);
        assertTrue(out.contains("セルA12: 取組コードは対象にできません（入力値: 「M3-1-1」） 取組についての意見は、その取組の主要施策（P3-1）"), out);
        assertTrue(out.contains("セルC13: ") && out.contains("（入力値: 「令和十年度」）"), out);
        try (Stream<Path> rejected = Files.list(home.resolve("rejected"))) {
            assertTrue(rejected.anyMatch(f -> f.toString().endsWith("推進会議意見_R6_誤り.xlsx.errors.xlsx")));
        }
        assertEquals(4, opinions().size(), "nothing of the bad file landed, not even its good 総括 row");
    }

    @Test
    @Order(5)
    void theTemplateAsItIs_isSentBack_forItHoldsNoOpinion() throws Exception {
        Path blank = Files.copy(template, home.resolve("推進会議意見_R6_白紙.xlsx"));

        CliRunner.Result result = senryaku("import", "--council", blank.toString());

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.out().contains("意見の行がありません"), result.out());
    }

    @Test
    @Order(6)
    void council_needsAFile_andIsNotFinanceAtOnce() {
        CliRunner.Result none = senryaku("import", "--council");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("推進会議意見のファイル"), none.err());

        CliRunner.Result both = senryaku("import", "--council", "--finance", template.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("同時に指定できません"), both.err());
        assertFalse(both.err().contains("Exception"), both.err());
    }

    @Test
    @Order(7)
    void aYearOutsideThePlan_hasNoTemplate() {
        CliRunner.Result result = senryaku("template", "--council", "--year", "R12", "--out", home.resolve("様式").toString());

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().contains("計画の期間"), result.err());
    }

    private static Path archived(String name) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("archive"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(name)).findFirst().orElseThrow();
        }
    }
}
