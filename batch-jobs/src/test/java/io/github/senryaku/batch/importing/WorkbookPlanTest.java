package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.DepartmentSource;

import io.github.senryaku.batch.departmentimport.ReportTemplate;
import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.financeimport.FinanceTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.batch.workbook.Workbooks;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which plan a department workbook reports on: its named plan-code cell, else its codes and years. */
class WorkbookPlanTest {

    @TempDir
    Path folder;

    private PlansInForce plans(String... codes) throws Exception {
        Path config = Files.createDirectories(folder.resolve("config"));
        Path plans = Files.createDirectories(config.resolve("plans"));
        for (String file : List.of("kanazawa-2nd.yaml", "sample-successor.yaml", "sample-shapes.yaml")) {
            Files.copy(Path.of("..", "config", "plans", file), plans.resolve(file));
        }
        Files.writeString(config.resolve(Settings.FILE_NAME), "plans: [" + String.join(", ", codes) + "]\n");
        return PlansInForce.load(Settings.load(Optional.of(config), Optional.of(folder.resolve("data")), Map.of()));
    }

    private static WorkbookPlan.Decision decide(Path file, PlansInForce plans) throws Exception {
        try (WorkbookSource workbook = Workbooks.open(file)) {
            List<HeaderRow> headers = new ArrayList<>();
            for (String sheet : workbook.sheetNames()) {
                Optional<ReportSheet> kind = ReportSheet.named(sheet, new DepartmentSource().sheets());
                if (kind.isPresent()) {
                    try (RowCursor rows = workbook.rows(sheet)) {
                        HeaderLocator.scan(rows, sheet, kind.get(), file.getFileName().toString()).header()
                                .ifPresent(headers::add);
                    }
                }
            }
            return WorkbookPlan.decide(workbook, headers, plans, file.getFileName().toString());
        }
    }

    @Test
    void theTemplatesNamedCell_sayswhichPlan_evenWhenTheYearWouldFitAnother() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd", "sample-shapes");
        Path template = ReportTemplate.write(plans.plan("sample-shapes").orElseThrow(), FiscalYear.parse("R4"),
                Optional.of("観光政策課"), Files.createDirectories(folder.resolve("out")));

        WorkbookPlan.Decision decision = decide(template, plans);

        assertEquals("sample-shapes", decision.plan().orElseThrow().code());
    }

    @Test
    void withoutTheCell_theCodesAndYearsChooseThePlan() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd", "sample-successor");
        Path book = ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R5", 1100, "万人", null).writeTo(folder.resolve("hand-made.xlsx"));

        assertEquals("kanazawa-2nd", decide(book, plans).plan().orElseThrow().code());
    }

    @Test
    void withoutTheCell_codesAndYearsThatFitTwoPlans_areSentBack_located() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd", "sample-shapes");
        Path book = ReportWorkbook.xlsx().department("産業政策課")
                .actual("T1-1", "新規就業者数", "R4", 100, "人", null).writeTo(folder.resolve("old-template.xlsx"));

        WorkbookPlan.Decision decision = decide(book, plans);

        assertTrue(decision.plan().isEmpty());
        Problem problem = decision.problem().orElseThrow();
        assertTrue(problem.describe().contains("old-template.xlsx"), problem.describe());
        assertTrue(problem.describe().contains("kanazawa-2nd, sample-shapes のどれにも同じだけ合うため"), problem.describe());
    }

    @Test
    void theFinanceTemplate_carriesThePlanCode_inALockedCellOfAProtectedSheet() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd", "sample-successor");
        Path template = FinanceTemplate.write(plans.plan("sample-successor").orElseThrow(), FiscalYear.parse("R7"),
                Files.createDirectories(folder.resolve("finance")));

        try (WorkbookSource workbook = Workbooks.open(template)) {
            assertEquals("sample-successor", workbook.namedCell(WorkbookPlan.NAME).orElseThrow().value().orElseThrow()
                    .display());
        }
        try (var in = Files.newInputStream(template); var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = workbook.getSheet(ReportSheet.BUDGET.sheetName());
            assertTrue(sheet.getProtect());
            assertTrue(sheet.getRow(PlanCodeCell.ROW).getCell(1).getCellStyle().getLocked());
            assertTrue(!sheet.getRow(PlanCodeCell.ROW + 2).getCell(0).getCellStyle().getLocked(), "input cells stay open");
        }
    }

    @Test
    void importPlan_takesAWorkbookWithoutTheCell_asThatPlans() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd", "sample-shapes");
        Path book = ReportWorkbook.xlsx().department("産業政策課")
                .actual("T1-1", "新規就業者数", "R4", 100, "人", null).writeTo(folder.resolve("old-template.xlsx"));

        WorkbookPlan.Decision decision = decide(book, plans.only(plans.plan("sample-shapes").orElseThrow()));

        assertEquals("sample-shapes", decision.plan().orElseThrow().code());
    }

    @Test
    void aNamedCellWithAnUnknownPlan_isSentBack_atThatCell() throws Exception {
        PlansInForce plans = plans("kanazawa-2nd");
        Path template = ReportTemplate.write(plans.plan("kanazawa-2nd").orElseThrow(), FiscalYear.parse("R5"),
                Optional.empty(), Files.createDirectories(folder.resolve("out")));
        try (var in = Files.newInputStream(template);
                var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            workbook.getSheet(ReportSheet.ACTUALS.sheetName()).getRow(PlanCodeCell.ROW).getCell(1).setCellValue("kanazawa-9th");
            try (var out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }

        Problem problem = decide(template, plans).problem().orElseThrow();

        assertTrue(problem.describe().contains("B3"), problem.describe());
        assertTrue(problem.describe().contains("計画コード「kanazawa-9th」の計画はありません"), problem.describe());
    }
}
