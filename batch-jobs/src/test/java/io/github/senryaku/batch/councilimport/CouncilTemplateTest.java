package io.github.senryaku.batch.councilimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council workbook as written: its dropdown's codes (those in force that year), its prefilled rows, its plan cell. */
class CouncilTemplateTest {

    @TempDir
    static Path folder;

    private static StrategyPlan plan;

    @BeforeAll
    static void revisedKanazawa() throws Exception {
        plan = PlanFileLoader.load(RevisedKanazawa.writeTo(folder));
    }

    private static XSSFWorkbook written(String year) throws Exception {
        Path file = CouncilTemplate.write(plan, FiscalYear.parse(year), folder.resolve(year));
        assertEquals("推進会議意見_" + year + ".xlsx", file.getFileName().toString());
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    /** The codes the 対象コード dropdown offers: the cells of the range its list points at. */
    private static List<String> dropdown(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.getSheet("推進会議意見");
        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertEquals(1, validations.size());
        DataValidation codes = validations.get(0);
        CellRangeAddress applied = codes.getRegions().getCellRangeAddress(0);
        assertEquals(0, applied.getFirstColumn(), "the list is on 対象コード");
        assertEquals(CouncilTemplate.HEADER_ROW + 1, applied.getFirstRow());
        assertEquals(CouncilTemplate.HEADER_ROW + CouncilTemplate.ROWS, applied.getLastRow());
        String formula = codes.getValidationConstraint().getFormula1();
        String[] parts = formula.split("!");
        Sheet listed = workbook.getSheet(parts[0].replace("'", ""));
        CellRangeAddress range = CellRangeAddress.valueOf(parts[1].replace("$", ""));
        List<String> found = new ArrayList<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            found.add(listed.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
        }
        return found;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? cell.getStringCellValue() : cell.toString();
    }

    @Test
    void theDropdown_offersTheOverall_thenEachGoalWithItsTargetsPoliciesAndKpis_inForceThatYear() throws Exception {
        try (XSSFWorkbook r6 = written("R6"); XSSFWorkbook r3 = written("R3")) {
            List<String> codes = dropdown(r6);

            assertEquals(List.of("総括", "G1", "T1-1", "P1-1", "P1-2", "P1-3", "G2", "T2-1"), codes.subList(0, 8));
            assertTrue(codes.contains("K3-2-1"), "added by the R4 revision: " + codes);
            assertFalse(codes.contains("T4-1"), "retired by the R5 revision: " + codes);
            assertTrue(codes.stream().noneMatch(code -> code.startsWith("M")), "measures are no subject: " + codes);
            List<String> before = dropdown(r3);
            assertFalse(before.contains("K3-2-1"), before.toString());
            assertTrue(before.contains("T4-1"), before.toString());
            assertTrue(r6.isSheetHidden(r6.getSheetIndex(CouncilTemplate.SUBJECT_SHEET)), "the code list is hidden");
        }
    }

    @Test
    void theRows_startWithTheOverallAndOnePerGoal_named_andTheYearFilledIn() throws Exception {
        try (XSSFWorkbook workbook = written("R6")) {
            Sheet sheet = workbook.getSheet("推進会議意見");
            Row header = sheet.getRow(CouncilTemplate.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of("対象コード", "対象名", "年度", "意見", "対応方針", "委員・会議"), headers);

            List<String> prefilled = new ArrayList<>();
            for (int r = CouncilTemplate.HEADER_ROW + 1; r <= CouncilTemplate.HEADER_ROW + 6; r++) {
                Row row = sheet.getRow(r);
                prefilled.add(text(row, 0) + "|" + text(row, 1) + "|" + text(row, 2) + "|" + text(row, 3));
            }

            assertEquals(List.of("総括|計画全体についての意見|令和6年度|",
                    "G1|若い世代に優しく、子育ての喜びを分かち合うまちをつくる|令和6年度|",
                    "G2|金沢の強みを生かし、人々が愛着を持ち、集うまちをつくる|令和6年度|",
                    "G3|" + plan.goals().get(2).title() + "|令和6年度|",
                    "G4|" + plan.goals().get(3).title() + "|令和6年度|",
                    "||令和6年度|"), prefilled);
            Row last = sheet.getRow(CouncilTemplate.HEADER_ROW + CouncilTemplate.ROWS);
            assertTrue(last.getCell(1).getCellFormula().contains("VLOOKUP(A" + (last.getRowNum() + 1)), "対象名 follows the code");
        }
    }

    @Test
    void thePlanCode_isInItsNamedCell_andTheSheetIsProtected() throws Exception {
        try (XSSFWorkbook workbook = written("R6")) {
            var name = workbook.getName("senryaku_plan");
            assertEquals("'推進会議意見'!$B$3", name.getRefersToFormula());
            assertEquals("kanazawa-2nd", workbook.getSheet("推進会議意見").getRow(2).getCell(1).getStringCellValue());
            assertTrue(workbook.getSheet("推進会議意見").getProtect());
            assertFalse(workbook.getSheet("推進会議意見").getRow(CouncilTemplate.HEADER_ROW + 1).getCell(3).getCellStyle()
                    .getLocked(), "意見 is for the office to write");
        }
    }
}
