package io.github.senryaku.reports.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.PdfReading;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year's report of a revised plan grades against the version in force that year and says which (改訂版 /
 * 改訂前); a year before a revision reads — and hashes — as it did before the revision was made.
 */
class RevisedPlanReportTest {

    private static final TargetCode T3_1 = new TargetCode(3, 1);

    @TempDir
    Path dir;

    private static PlanActuals actuals() {
        Map<FiscalYear, Reported> t31 = new TreeMap<>();
        t31.put(FiscalYear.parse("R3"), figure("1060"));
        t31.put(FiscalYear.parse("R4"), figure("1100"));
        return new PlanActuals(Map.of(T3_1, ActualSeries.of(t31)));
    }

    private static Reported figure(String value) {
        return new Reported.Figure(new Quantity(new BigDecimal(value), false));
    }

    private static ReportSnapshot snapshot(StrategyPlan plan, String year) throws Exception {
        GradingRulebook rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        FiscalYear fiscalYear = FiscalYear.parse(year);
        return ReportSnapshot.of(plan.inForce(fiscalYear), rulebook, fiscalYear, actuals(), List.of(), List.of(),
                List.of(), LocalDate.of(2026, 6, 1), false);
    }

    @Test
    void aYearBeforeTheRevision_hashesAsBeforeTheRevisionWasMade() throws Exception {
        StrategyPlan asTheCityWroteIt = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        StrategyPlan revised = PlanFileLoader.load(RevisedKanazawa.writeTo(dir));

        assertEquals(snapshot(asTheCityWroteIt, "R3").sha256(), snapshot(revised, "R3").sha256());
        assertNotEquals(snapshot(asTheCityWroteIt, "R4").sha256(), snapshot(revised, "R4").sha256(),
                "R4 is graded against the revised plan");
    }

    @Test
    void eachYear_isGradedAgainstTheVersionInForce_andSaysWhich() throws Exception {
        StrategyPlan revised = PlanFileLoader.load(RevisedKanazawa.writeTo(dir));
        ReportSnapshot r3 = snapshot(revised, "R3");
        ReportSnapshot r4 = snapshot(revised, "R4");

        assertEquals("改訂前の計画で評価", r3.versionNote());
        assertEquals("改訂版（令和4年3月改訂（サンプル））の計画で評価", r4.versionNote());
        assertEquals(new BigDecimal("1121"), target(r3));
        assertEquals(new BigDecimal("1150"), target(r4));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(r4, pdf);
        String cover = PdfReading.pages(pdf.toByteArray()).get(0);
        assertTrue(cover.replaceAll("\\s", "").contains("改訂版（令和4年3月改訂（サンプル））の計画で評価"), cover);
    }

    private static BigDecimal target(ReportSnapshot snapshot) {
        var value = snapshot.plan().target(T3_1).orElseThrow().target();
        return new BigDecimal(((io.github.senryaku.model.plan.TargetValue.Figure) value).quantity().value().stripTrailingZeros()
                .toPlainString());
    }
}
