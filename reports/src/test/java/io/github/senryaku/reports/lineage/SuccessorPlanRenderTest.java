package io.github.senryaku.reports.lineage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.PdfReading;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A successor plan whose baselines come from its predecessor's actuals (baseline: {from: kanazawa-2nd/T3-1,
 * year: R6}) renders in every format before those actuals are in: the baseline is named, never a number.
 */
class SuccessorPlanRenderTest {

    @Test
    void inheritedBaselines_renderInEveryFormat_namingWhereTheyComeFrom() throws Exception {
        ReportSnapshot snapshot = ReportSnapshot.of(PlanFileLoader.load(ProjectFiles.config("plans/sample-successor.yaml")),
                RulebookFileLoader.load(ProjectFiles.defaultRulebook()), FiscalYear.parse("R7"), PlanActuals.NONE,
                List.of(), List.of(), List.of(), LocalDate.of(2026, 6, 1), true);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(snapshot, pdf);
        String text = String.join("\n", PdfReading.pages(pdf.toByteArray()));
        assertTrue(text.contains("kanazawa-2nd T3-1の実績"), text);

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(snapshot, workbook);
        assertTrue(workbook.size() > 0);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        KpiCsv.write(snapshot, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).endsWith(",計画コード,前計画コード,前計画の指標コード"), lines.get(0));
        String t31 = lines.stream().filter(line -> line.startsWith("T3-1,")).findFirst().orElseThrow();
        assertTrue(t31.endsWith(",sample-successor,kanazawa-2nd,T3-1"), t31);
        String t11 = lines.stream().filter(line -> line.startsWith("T1-1,")).findFirst().orElseThrow();
        assertTrue(t11.endsWith(",sample-successor,kanazawa-2nd,T1-1"), t11);
        String t32 = lines.stream().filter(line -> line.startsWith("T3-2,")).findFirst().orElseThrow();
        assertTrue(t32.endsWith(",sample-successor,,"), "a new indicator continues none: " + t32);
    }

    @Test
    void aStoredPredecessorActual_isTheBaseline_theReportGradesWith() throws Exception {
        var t31 = new io.github.senryaku.model.plan.TargetCode(3, 1);
        PlanActuals actuals = new PlanActuals(java.util.Map.of(t31, io.github.senryaku.model.evaluation.ActualSeries.of(
                java.util.Map.of(FiscalYear.parse("R7"), figure("1150"))))).withInheritedBaselines(
                java.util.Map.of(t31, figure("1100")));
        ReportSnapshot snapshot = ReportSnapshot.of(PlanFileLoader.load(ProjectFiles.config("plans/sample-successor.yaml")),
                RulebookFileLoader.load(ProjectFiles.defaultRulebook()), FiscalYear.parse("R7"), actuals,
                List.of(), List.of(), List.of(), LocalDate.of(2026, 6, 1), true);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        KpiCsv.write(snapshot, csv);

        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        List<String> row = List.of(lines.stream().filter(line -> line.startsWith("T3-1,") && line.contains(",2025,"))
                .findFirst().orElseThrow().split(",", -1));
        org.junit.jupiter.api.Assertions.assertEquals("1100", row.get(header.indexOf("基準値")));
        List<String> baselineYear = List.of(lines.stream().filter(line -> line.startsWith("T3-1,") && line.contains(",2024,"))
                .findFirst().orElseThrow().split(",", -1));
        org.junit.jupiter.api.Assertions.assertEquals("1100", baselineYear.get(header.indexOf("実績値")));
        org.junit.jupiter.api.Assertions.assertEquals("基準値", baselineYear.get(header.indexOf("実績の状態")));
        // 1,100 → 1,150 of the way to 1,200 by R11: half the way in the first of five years.
        org.junit.jupiter.api.Assertions.assertEquals("50.00", row.get(header.indexOf("達成率（%）")), String.join(",", row));
    }

    @Test
    void aContinuedTargetsChart_spansBothPlans_andTheEarlierFiguresEnterTheHash() throws Exception {
        var t31 = new io.github.senryaku.model.plan.TargetCode(3, 1);
        java.util.Map<FiscalYear, io.github.senryaku.model.evaluation.Reported> earlier = new java.util.TreeMap<>();
        earlier.put(FiscalYear.parse("R3"), figure("1041"));
        earlier.put(FiscalYear.parse("R5"), figure("1039"));
        earlier.put(FiscalYear.parse("R6"), figure("1043"));
        PlanActuals actuals = new PlanActuals(java.util.Map.of(t31, io.github.senryaku.model.evaluation.ActualSeries.of(
                java.util.Map.of(FiscalYear.parse("R7"), figure("1116"))))).withInheritedBaselines(
                java.util.Map.of(t31, figure("1043"))).withEarlierPlan(java.util.Map.of(t31,
                io.github.senryaku.model.evaluation.ActualSeries.of(earlier)));
        var plan = PlanFileLoader.load(ProjectFiles.config("plans/sample-successor.yaml"));
        var rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        ReportSnapshot snapshot = ReportSnapshot.of(plan, rulebook, FiscalYear.parse("R7"), actuals, List.of(), List.of(),
                List.of(), LocalDate.of(2026, 6, 1), true);

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(snapshot, workbook);

        java.util.Map<String, Double> trend = new java.util.LinkedHashMap<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.toByteArray()))) {
            var sheet = book.getSheet("推移グラフ");
            boolean inT31 = false;
            for (var row : sheet) {
                var first = row.getCell(0);
                String label = first == null ? "" : first.toString();
                if (label.startsWith("T3-1")) {
                    inT31 = true;
                } else if (inT31 && label.startsWith("T")) {
                    break;
                }
                if (inT31 && label.endsWith("年度") && row.getCell(1) != null
                        && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    trend.put(label, row.getCell(1).getNumericCellValue());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("令和3年度", 1041.0, "令和5年度", 1039.0, "令和6年度", 1043.0,
                "令和7年度", 1116.0), trend, "the chart's rows run from the earlier plan's first figure");
        earlier.put(FiscalYear.parse("R3"), figure("1042"));
        ReportSnapshot changed = ReportSnapshot.of(plan, rulebook, FiscalYear.parse("R7"), actuals.withEarlierPlan(
                java.util.Map.of(t31, io.github.senryaku.model.evaluation.ActualSeries.of(earlier))), List.of(), List.of(),
                List.of(), LocalDate.of(2026, 6, 1), true);
        org.junit.jupiter.api.Assertions.assertNotEquals(snapshot.sha256(), changed.sha256());
    }

    private static io.github.senryaku.model.evaluation.Reported figure(String value) {
        return new io.github.senryaku.model.evaluation.Reported.Figure(
                new io.github.senryaku.model.plan.Quantity(new java.math.BigDecimal(value), false));
    }
}
