package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.reports.testing.ExternalTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code senryaku actuals --format csv} opened the way a clerk opens it: a 担当課 typed as a formula into a
 * department's workbook, imported, written as CSV and read by LibreOffice's CSV import, stays text.
 */
class ActualsCsvIT {

    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"x\")";

    @TempDir
    Path home;

    @Test
    void departmentTypedAsAFormula_opensInLibreOffice_asText_whileFiguresStayNumbers() throws Exception {
        Path soffice = ExternalTools.require("soffice", "libreoffice-calc-nogui");
        Map<String, String> environment = TestStores.environment(home);
        Path workbook = ReportWorkbook.xlsx().department(FORMULA).actual("T4-1", null, "R5", 90, null, null)
                .writeTo(home.resolve("work").resolve("観光政策課_R5.xlsx"));
        CliRunner.Result imported = CliRunner.run(environment, "import", workbook.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());

        CliRunner.Result listed = CliRunner.run(environment, "actuals", "--format", "csv");
        assertEquals(0, listed.exitCode(), listed.err());
        Path csv = home.resolve("actuals.csv");
        Files.writeString(csv, listed.out(), StandardCharsets.UTF_8);
        // CSV import options: comma, double quote, UTF-8 (76), from line 1; formulas evaluated as by default.
        ExternalTools.Result converted = ExternalTools.run(home, 180, soffice.toString(), "-env:UserInstallation=file://"
                + home.resolve("profile"), "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir",
                home.toString(), csv.toString());

        Path xlsx = home.resolve("actuals.xlsx");
        assertTrue(Files.exists(xlsx), converted.output());
        try (Workbook opened = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet sheet = opened.getSheetAt(0);
            assertEquals(List.of(), formulas(sheet), "no cell of the CSV may open as a formula");
            List<String> header = texts(sheet.getRow(0));
            Row row = sheet.getRow(1);
            Cell department = row.getCell(header.indexOf("担当課"));
            assertEquals(CellType.STRING, department.getCellType());
            assertEquals("'" + FORMULA, department.getStringCellValue());
            Cell figure = row.getCell(header.indexOf("実績値"));
            assertEquals(CellType.NUMERIC, figure.getCellType(), "a figure stays a number");
            assertEquals(90.0, figure.getNumericCellValue());
        }
    }

    private static List<String> formulas(Sheet sheet) {
        List<String> found = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    found.add(cell.getAddress() + " " + cell.getCellFormula());
                }
            }
        }
        return found;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
