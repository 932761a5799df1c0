package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with more problems than anyone reads on a screen: the console shows the first 100 and the count,
 * the error workbook lists every one, the store keeps the first 1,000 and the counts of all.
 */
class ManyProblemsIT {

    private static final int BAD_ROWS = 1_500;

    @TempDir
    static Path home;

    @Test
    void manyBadRows_printTheFirstHundred_theWorkbookListsAll_theStoreKeepsAThousand() throws Exception {
        Map<String, String> environment = TestStores.environment(home);
        ReportWorkbook workbook = ReportWorkbook.xlsx().department("観光政策課");
        for (int i = 0; i < BAD_ROWS; i++) {
            workbook.actual("T3-1", "金沢地域の年間入込客数", "R5", "たくさん" + i, "万人", null);
        }
        workbook.writeTo(home.resolve("inbox").resolve("観光政策課_R5.xlsx"));

        CliRunner.Result result = CliRunner.run(environment, "import");

        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.out().contains("差戻し      観光政策課_R5.xlsx（エラー " + BAD_ROWS + " 件）"), result.out());
        assertEquals(ImportResult.SHOWN_PROBLEMS, result.out().lines().filter(line -> line.startsWith("    ")
                && line.contains("たくさん")).count(), "the first 100 problems, one line each");
        assertTrue(result.out().contains("ほか " + (BAD_ROWS - 100) + " 件（全 " + BAD_ROWS + " 件。"), result.out());
        assertTrue(result.out().lines().count() < 110, "bounded: " + result.out().lines().count() + " lines");

        Path report;
        try (Stream<Path> rejected = Files.list(home.resolve("rejected"))) {
            report = rejected.filter(p -> p.getFileName().toString().endsWith(".errors.xlsx")).findFirst().orElseThrow();
        }
        try (Workbook errors = WorkbookFactory.create(report.toFile(), null, true)) {
            Sheet sheet = errors.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("エラー " + BAD_ROWS + " 件"));
            assertEquals("たくさん0", sheet.getRow(4).getCell(3).getStringCellValue());
            assertEquals("たくさん" + (BAD_ROWS - 1), sheet.getRow(4 + BAD_ROWS - 1).getCell(3).getStringCellValue(),
                    "every problem is in the workbook");
        }
        try (var connection = TestStores.connect(environment); var statement = connection.createStatement()) {
            assertEquals(ImportProblems.KEPT_PROBLEMS, count(statement, "SELECT COUNT(*) FROM import_problem"));
            assertEquals(BAD_ROWS, count(statement, "SELECT error_count FROM import_file WHERE status = 'REJECTED'"));
        }
    }

    private static long count(java.sql.Statement statement, String sql) throws java.sql.SQLException {
        try (var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
