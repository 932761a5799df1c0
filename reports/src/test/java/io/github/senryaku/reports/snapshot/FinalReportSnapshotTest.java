package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.KnownPeriod;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FinalReportSnapshotTest {

    @Test
    void sameData_sameHash_whateverDayItIsMade() throws Exception {
        FinalReportSnapshot made = KnownFinalSnapshot.kanazawa();
        FinalReportSnapshot later = KnownFinalSnapshot.kanazawa(LocalDate.of(2026, 1, 5), true);

        assertEquals(made.sha256(), later.sha256());
        assertTrue(made.sha256().matches("[0-9a-f]{64}"));
        assertTrue(FinalSnapshotHash.canonical(made).startsWith("senryaku-final-snapshot\t1\n"));
    }

    @Test
    void aFigureARevisionOrTheSuccessor_changeTheHash() throws Exception {
        FinalReportSnapshot known = KnownFinalSnapshot.kanazawa();
        String canonical = FinalSnapshotHash.canonical(known);

        assertTrue(canonical.contains("change\t2022\tT3-1\tT3-1の目標値を1,150に変更\t早期に目標へ近づいたため上方修正（サンプル）\t\n"),
                canonical);
        assertTrue(canonical.contains("submitted\t2023\tfalse\n"), canonical);
        assertTrue(canonical.contains("continues\tT3-1\tsample-successor\tT3-1\t金沢地域の年間入込客数\n"), canonical);
        assertTrue(canonical.contains("report\tM1-1-1\t2024\t完了\t終了\t"), canonical);

        Map<TargetCode, ActualSeries> changed = new HashMap<>(KnownPeriod.actuals().byTarget());
        TreeMap<FiscalYear, Reported> visitors = new TreeMap<>(changed.get(KnownPeriod.T3_1).byYear());
        visitors.put(KnownPeriod.R6, figure("1171"));
        changed.put(KnownPeriod.T3_1, new ActualSeries(visitors));
        FinalReportSnapshot otherFigure = FinalReportSnapshot.of(known.plan(), known.rulebook(), new PlanActuals(changed),
                KnownPeriod.submitted(), KnownFinalSnapshot.measureReports(), known.successor(), known.madeOn(), true);
        assertNotEquals(known.sha256(), otherFigure.sha256());

        FinalReportSnapshot noSuccessor = FinalReportSnapshot.of(known.plan(), known.rulebook(), KnownPeriod.actuals(),
                KnownPeriod.submitted(), KnownFinalSnapshot.measureReports(), Optional.empty(), known.madeOn(), true);
        assertNotEquals(known.sha256(), noSuccessor.sha256());
        assertTrue(noSuccessor.continuation(KnownPeriod.T3_1).isEmpty());
    }

    @Test
    void aSuccessor_mustNameThisPlanAsTheOneItSucceeds() throws Exception {
        FinalReportSnapshot known = KnownFinalSnapshot.kanazawa();
        var notASuccessor = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));

        assertThrows(IllegalArgumentException.class, () -> FinalReportSnapshot.of(known.plan(), known.rulebook(),
                KnownPeriod.actuals(), KnownPeriod.submitted(), List.of(), Optional.of(notASuccessor), known.madeOn(), true));
    }

    @Test
    void reportsAndFiguresAfterThePeriod_areLeftOut() throws Exception {
        FinalReportSnapshot known = KnownFinalSnapshot.kanazawa();
        Map<TargetCode, ActualSeries> withR7 = new HashMap<>(KnownPeriod.actuals().byTarget());
        TreeMap<FiscalYear, Reported> visitors = new TreeMap<>(withR7.get(KnownPeriod.T3_1).byYear());
        visitors.put(FiscalYear.of(2025), figure("1300"));
        withR7.put(KnownPeriod.T3_1, new ActualSeries(visitors));
        List<MeasureReport> reports = new java.util.ArrayList<>(KnownFinalSnapshot.measureReports());
        reports.add(new MeasureReport(new io.github.senryaku.model.plan.MeasureCode(1, 1, 1), FiscalYear.of(2025), "完了",
                "", "", "", "", "", ""));

        FinalReportSnapshot later = FinalReportSnapshot.of(known.plan(), known.rulebook(), new PlanActuals(withR7),
                KnownPeriod.submitted(), reports, known.successor(), known.madeOn(), true);

        assertEquals(known.sha256(), later.sha256());
    }

    @Test
    void aRetiredTargetsTrend_stopsAtItsLastYear_andAnAddedOnesStartsWithItsRevision() throws Exception {
        FinalReportSnapshot known = KnownFinalSnapshot.kanazawa();
        var partners = known.evaluation().course(KnownPeriod.T4_1);
        var kpi = known.evaluation().course(KnownPeriod.K3_2_1);

        assertEquals("90", TrendPoints.actual(known.trendOf(partners), partners.target(), KnownPeriod.R4).orElseThrow()
                .toPlainString());
        assertTrue(TrendPoints.actual(known.trendOf(partners), partners.target(), KnownPeriod.R6).isEmpty());
        assertEquals("46", TrendPoints.actual(known.trendOf(kpi), kpi.target(), KnownPeriod.R6).orElseThrow().toPlainString());
        assertEquals("30", TrendPoints.actual(known.trendOf(kpi), kpi.target(), KnownPeriod.R2).orElseThrow().toPlainString(),
                "its baseline year shows the baseline");
    }

    @Test
    void theFinalEvaluation_ofTheSnapshot_usesTheDefaultRulebook() throws Exception {
        FinalReportSnapshot known = KnownFinalSnapshot.kanazawa();

        assertEquals(RulebookFileLoader.load(ProjectFiles.defaultRulebook()), known.rulebook());
        assertEquals(List.of(KnownPeriod.R5), known.missingYears());
        assertEquals(2, known.revisions().size());
    }
}
