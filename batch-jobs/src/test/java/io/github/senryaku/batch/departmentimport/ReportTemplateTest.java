package io.github.senryaku.batch.departmentimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The department template, written and read back cell by cell: which indicators a year offers, and what it says. */
class ReportTemplateTest {

    private static final StrategyPlan SHAPES = TestRows.sampleShapes();

    @TempDir
    Path folder;

    /** A written template's 数値目標実績 rows by code (code → the row's cells), and its 記入方法 lines. */
    private record Template(Map<String, List<String>> rows, List<String> guide, int validations) {

        String cell(String code, String header) {
            return rows.get(code).get(HEADERS.indexOf(header));
        }
    }

    private static final List<String> HEADERS = List.of("指標コード", "指標名", "年度", "実績値", "単位", "備考", "記入のしかた", "区分");

    private Template write(StrategyPlan plan, String year) throws Exception {
        Path file = ReportTemplate.write(plan, FiscalYear.parse(year), Optional.empty(), folder);
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet actuals = workbook.getSheet("数値目標実績");
            List<String> header = new ArrayList<>();
            actuals.getRow(ReportTemplate.HEADER_ROW).forEach(cell -> header.add(text.formatCellValue(cell)));
            assertEquals(HEADERS, header);
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (int r = ReportTemplate.HEADER_ROW + 1; r <= actuals.getLastRowNum(); r++) {
                Row row = actuals.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                assertEquals(null, rows.put(cells.get(0), cells), "each indicator once: " + cells.get(0));
            }
            List<String> guide = new ArrayList<>();
            workbook.getSheet("記入方法").forEach(row -> guide.add(text.formatCellValue(row.getCell(0))));
            return new Template(rows, guide, actuals.getDataValidations().size());
        }
    }

    @Test
    void aYearsSheet_offersOverallTargetsNumericalTargetsAndKpis_eachOnce_onlyWhenDue() throws Exception {
        Template r4 = write(SHAPES, "R4");

        // T0-2 (国勢調査 R2, R7) and T2-1 (市民意識調査 R2, R5, R8) have no survey in R4; K1-1-1 and K1-2-1,
        // printed again (再掲) under another policy, have one row each.
        assertEquals(List.of("T0-1", "T1-1", "T1-2", "K1-1-1", "K1-1-2", "K1-2-1", "T2-2", "K2-1-1", "K2-1-2", "K2-1-3"),
                List.copyOf(r4.rows().keySet()));
        assertEquals("全体目標", r4.cell("T0-1", "区分"));
        assertEquals("数値目標（基本目標1）", r4.cell("T1-2", "区分"));
        assertEquals("KPI（P1-2）", r4.cell("K1-2-1", "区分"));
        assertEquals("令和4年", r4.cell("T0-1", "年度"), "a calendar-year indicator");
        assertEquals("令和4年度", r4.cell("K1-1-2", "年度"));
        assertEquals("位", r4.cell("K2-1-1", "単位"));
    }

    @Test
    void surveyIndicators_appearInTheirSurveyYears_andSaySo() throws Exception {
        Template r5 = write(SHAPES, "R5");
        Template r7 = write(SHAPES, "R7");

        assertTrue(r5.rows().containsKey("T2-1"));
        assertFalse(r5.rows().containsKey("T0-2"));
        assertTrue(r5.cell("T2-1", "記入のしかた").startsWith("調査年（R2・R5・R8）の調査の値を記入。数値（%）"), r5.cell("T2-1", "記入のしかた"));
        assertTrue(r7.rows().containsKey("T0-2"));
        assertFalse(r7.rows().containsKey("T2-1"));
        assertTrue(r5.guide().stream().anyMatch(line -> line.contains("調査年にだけ測る指標は、調査年の様式にだけ載ります")
                && line.contains("T2-1 市民満足度（調査年 R2・R5・R8、R5は調査年）")
                && line.contains("T0-2 総人口（調査年 R2・R7、R5は調査年ではありません）")), String.join("\n", r5.guide()));
    }

    @Test
    void cumulativeAndAverageTargets_askForTheYearsOwnFigure_inTheRowAndTheGuide() throws Exception {
        Template r3 = write(SHAPES, "R3");

        assertEquals("単年度の値を記入。累計（R3から）は自動で計算します。数値（人）。概数は「約」、未公表は「集計中」",
                r3.cell("T1-1", "記入のしかた"));
        assertTrue(r3.cell("K1-1-1", "記入のしかた").startsWith("単年度の値を記入。平均（R3から）は自動で計算します。"));
        assertEquals("数値（万人）。概数は「約」、未公表は「集計中」", r3.cell("T2-2", "記入のしかた"), "a yearly level says nothing more");
        assertTrue(r3.guide().contains("   ・累計・平均の目標（T1-1（累計）、T1-2（累計）、K1-1-1（平均））も、令和3年度だけの値（単年度の値）を"
                + "記入してください。累計・平均は自動で計算します。"), String.join("\n", r3.guide()));
        assertTrue(r3.guide().stream().anyMatch(line -> line.contains("全体目標（T0-1 など）") && line.contains("「区分」の列")));
        assertTrue(r3.guide().stream().anyMatch(line -> line.contains("再掲")));
    }

    @Test
    void everyYearTargetAndNewIndicator_fromTheirFirstYearDue() throws Exception {
        Template r3 = write(SHAPES, "R3");
        Template r4 = write(SHAPES, "R4");

        assertFalse(r3.rows().containsKey("K1-2-1"), "毎年度ゼロ from R4");
        assertTrue(r4.cell("K1-2-1", "記入のしかた").startsWith("毎年度の目標（R4から）。"));
        assertTrue(r3.rows().containsKey("K1-1-2"), "a new indicator from the plan's first year");
        assertTrue(write(SHAPES, "R2").rows().keySet().stream().noneMatch(code -> code.equals("K1-1-2") || code.equals("K1-2-1")),
                "nothing is due for them before the plan (R2 is only the path's origin)");
    }

    @Test
    void kanazawasTemplate_keepsItsRows_andGetsNoLinesAboutShapesItDoesNotHave() throws Exception {
        Template r6 = write(TestRows.kanazawa(), "R6");

        assertEquals(List.of("T1-1", "T2-1", "T3-1", "T3-2", "T4-1"), List.copyOf(r6.rows().keySet()));
        assertEquals("数値目標（基本目標3）", r6.cell("T3-1", "区分"));
        assertEquals(1, r6.validations(), "the milestone's states");
        assertEquals(12, r6.guide().size(), "the twelve lines it always had: " + String.join("\n", r6.guide()));
        assertTrue(r6.guide().stream().noneMatch(line -> line.contains("累計") || line.contains("調査年") || line.contains("KPI")));
    }
}
