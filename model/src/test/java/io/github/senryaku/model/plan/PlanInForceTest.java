package io.github.senryaku.model.plan;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan in force in a year: Kanazawa's plan with revisions built here, applied from their year on. */
class PlanInForceTest {

    private static final FiscalYear R3 = FiscalYear.parse("R3");
    private static final FiscalYear R4 = FiscalYear.parse("R4");
    private static final FiscalYear R5 = FiscalYear.parse("R5");
    private static final FiscalYear R6 = FiscalYear.parse("R6");
    private static final TargetCode T2_1 = new TargetCode(2, 1);
    private static final TargetCode T3_1 = new TargetCode(3, 1);
    private static final TargetCode T3_3 = new TargetCode(3, 3);
    private static final TargetCode T4_1 = new TargetCode(4, 1);

    private static StrategyPlan kanazawa;
    private static GradingRulebook rulebook;

    @BeforeAll
    static void load() throws Exception {
        kanazawa = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
    }

    private static StrategyPlan revised(PlanRevision... revisions) {
        StrategyPlan p = kanazawa;
        return new StrategyPlan(p.code(), p.title(), p.municipality(), p.period(), p.basisLaw(), p.summary(),
                p.overallTargets(), p.goals(), p.glossary(), Optional.empty(), List.of(revisions), 0);
    }

    private static PlanRevision revision(String effective, String title, RevisionChange... changes) {
        return new PlanRevision(FiscalYear.parse(effective), title, "", List.of(changes));
    }

    private static RevisionChange newValue(TargetCode code, String value) {
        return new RevisionChange.TargetRetargeted(code, Optional.of(Quantity.exact(value)), Optional.empty(),
                Optional.empty(), "早期達成のため上方修正");
    }

    private static NumericalTarget added(TargetCode code, String name) {
        return new NumericalTarget(code, name, "", new Unit("件"), Direction.INCREASE, PeriodKind.FISCAL_YEAR,
                new Baseline.Figure(R3, Quantity.exact("10")), new TargetValue.Figure(R6, Quantity.exact("20")),
                Optional.empty(), List.of());
    }

    private static String value(StrategyPlan plan, TargetCode code) {
        return plan.target(code).orElseThrow().targetQuantity().orElseThrow().value().toPlainString();
    }

    @Test
    void planWithoutRevisions_isInForceAsItIs_everyYear() {
        for (FiscalYear year : kanazawa.period().years()) {
            assertSame(kanazawa, kanazawa.inForce(year));
        }
        assertFalse(kanazawa.isRevisedIn(R6));
        assertEquals("", kanazawa.versionLabel());
    }

    @Test
    void newValue_holdsFromItsEffectiveYearOn_earlierYearsUnchanged() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂", newValue(T3_1, "1150")));

        assertEquals("1121", value(plan.inForce(R3), T3_1));
        assertEquals("1150", value(plan.inForce(R4), T3_1));
        assertEquals("1150", value(plan.inForce(R6), T3_1));
        assertEquals(kanazawa.goals(), plan.inForce(R3).goals(), "before the revision the plan is the original");
        assertEquals(R6, plan.inForce(R5).target(T3_1).orElseThrow().target().year());
    }

    @Test
    void newValue_gradesTheYearAgainstTheVersionInForce() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂", newValue(T3_1, "1150")));
        PlanActuals actuals = new PlanActuals(Map.of(T3_1, series("R3", figure("1090"), "R5", figure("1120"))));

        EvaluatedPlan r3 = EvaluatedPlan.of(plan.inForce(R3), rulebook, actuals, R3);
        EvaluatedPlan r5 = EvaluatedPlan.of(plan.inForce(R5), rulebook, actuals, R5);

        assertEquals(EvaluatedPlan.of(kanazawa, rulebook, actuals, R3).evaluations(), r3.evaluations());
        assertEquals("71.43", r5.evaluation(T3_1).rate().orElseThrow().rounded().toPlainString(), "75 of 105, not 75 of 76");
        assertEquals("98.68", EvaluatedPlan.of(kanazawa, rulebook, actuals, R5).evaluation(T3_1).rate().orElseThrow()
                .rounded().toPlainString());
    }

    @Test
    void newYear_andNewValue_together() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂", new RevisionChange.TargetRetargeted(T3_1,
                Optional.of(Quantity.exact("1100")), Optional.of(R5), Optional.of("コロナ禍を受けて"), "")));

        NumericalTarget r4 = plan.inForce(R4).target(T3_1).orElseThrow();

        assertEquals(R5, r4.target().year());
        assertEquals("1100", value(plan.inForce(R4), T3_1));
        assertEquals("コロナ禍を受けて", r4.target().note());
        assertEquals("T3-1の目標値を1,100（令和5年度）に変更", plan.revisions().get(0).changes().get(0).describe());
    }

    @Test
    void addedTarget_goesWhereItsCodeSays_fromItsYearOn() {
        NumericalTarget kpi = added(new TargetCode(3, 2, 1), "観光案内所の利用者数");
        NumericalTarget overall = added(new TargetCode(0, 1), "総人口");
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂",
                new RevisionChange.TargetAdded(added(T3_3, "新規創業件数"), ""),
                new RevisionChange.TargetAdded(kpi, ""), new RevisionChange.TargetAdded(overall, ""),
                new RevisionChange.MeasureAdded(new Measure(new MeasureCode(3, 2, 2), "観光DXの推進", true, Optional.empty()), "")));

        StrategyPlan r4 = plan.inForce(R4);

        assertTrue(plan.inForce(R3).target(T3_3).isEmpty());
        assertEquals(List.of("T3-1", "T3-2", "T3-3"), r4.goals().get(2).targets().stream().map(t -> t.code().text()).toList());
        assertEquals(List.of(kpi), r4.policy(new PolicyCode(3, 2)).orElseThrow().targets());
        assertEquals(List.of(overall), r4.overallTargets());
        assertEquals("観光DXの推進", r4.measure(new MeasureCode(3, 2, 2)).orElseThrow().title());
        assertEquals(8, r4.targets().count(), "5 original, 3 added");
    }

    @Test
    void retiredTarget_isAbsentFromItsYearOn() {
        StrategyPlan plan = revised(revision("R5", "令和5年3月改訂", new RevisionChange.Retired(T4_1, "事業の終了"),
                new RevisionChange.Retired(new MeasureCode(4, 2, 1), "")));

        assertTrue(plan.inForce(R4).target(T4_1).isPresent());
        assertTrue(plan.inForce(R5).target(T4_1).isEmpty());
        assertTrue(plan.inForce(R6).target(T4_1).isEmpty());
        assertTrue(plan.inForce(R6).measure(new MeasureCode(4, 2, 1)).isEmpty());
        assertFalse(EvaluatedPlan.of(plan.inForce(R5), rulebook, PlanActuals.NONE, R5).evaluations().containsKey(T4_1));
        assertEquals(R5, plan.history().retirement(T4_1).orElseThrow().effective());
    }

    @Test
    void retiredKpi_takesItsReprintsWithIt() throws Exception {
        StrategyPlan shapes = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));
        TargetCode k121 = new TargetCode(1, 2, 1);
        StrategyPlan plan = new StrategyPlan(shapes.code(), shapes.title(), shapes.municipality(), shapes.period(), "",
                "", shapes.overallTargets(), shapes.goals(), shapes.glossary(), Optional.empty(),
                List.of(revision("R5", "令和5年改訂", new RevisionChange.Retired(k121, ""))), 0);

        StrategyPlan r5 = plan.inForce(FiscalYear.parse("R5"));

        assertTrue(r5.target(k121).isEmpty());
        assertFalse(r5.policy(new PolicyCode(2, 1)).orElseThrow().reprints().contains(k121), "the 再掲 under P2-1 goes too");
    }

    @Test
    void renamedTarget_andMeasure() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂",
                new RevisionChange.TargetRenamed(T2_1, Optional.of("市外へ就職する新卒者数"), Optional.empty(), ""),
                new RevisionChange.MeasureRenamed(new MeasureCode(3, 1, 2), "5G・ローカル5Gのモデル事業", "")));

        assertEquals("市外へ就職する学生数", plan.inForce(R3).target(T2_1).orElseThrow().name());
        assertEquals("市外へ就職する新卒者数", plan.inForce(R4).target(T2_1).orElseThrow().name());
        assertEquals("市外へ就職する学生数を1割減", plan.inForce(R4).target(T2_1).orElseThrow().statement());
        assertEquals("5G・ローカル5Gのモデル事業", plan.inForce(R4).measure(new MeasureCode(3, 1, 2)).orElseThrow().title());
    }

    @Test
    void twoRevisions_applyInOrder_andSayWhichVersionAYearHas() {
        PlanRevision first = revision("R4", "令和4年3月改訂", newValue(T3_1, "1150"));
        PlanRevision second = revision("R5", "令和5年3月改訂", newValue(T3_1, "1180"), new RevisionChange.Retired(T4_1, ""));
        StrategyPlan plan = revised(first, second);

        assertEquals(List.of(), plan.revisionsBy(R3));
        assertEquals(List.of(first), plan.inForce(R4).appliedRevisions());
        assertEquals(List.of(first, second), plan.revisionsBy(R6));
        assertEquals("1180", value(plan.inForce(R5), T3_1));
        assertEquals("改訂前", plan.inForce(R3).versionLabel());
        assertEquals("改訂版（令和4年3月改訂）", plan.inForce(R4).versionLabel());
        assertEquals("改訂版（令和5年3月改訂）", plan.inForce(R6).versionLabel());
        assertTrue(plan.isRevisedIn(R4));
        assertFalse(plan.isRevisedIn(R3));
    }

    @Test
    void revisedVersion_movesForward_butNeverBack() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂", newValue(T3_1, "1150")),
                revision("R5", "令和5年3月改訂", newValue(T3_1, "1180")));
        StrategyPlan r4 = plan.inForce(R4);

        assertEquals(plan.inForce(R6), r4.inForce(R6));
        assertSame(r4, r4.inForce(R4));
        assertThrows(IllegalStateException.class, () -> r4.inForce(R3));
        assertThrows(IllegalStateException.class, r4::history);
    }

    @Test
    void history_listsEveryVersionOfATarget_andEveryTargetEver() {
        StrategyPlan plan = revised(revision("R4", "令和4年3月改訂", newValue(T3_1, "1150"),
                        new RevisionChange.TargetAdded(added(T3_3, "新規創業件数"), "")),
                revision("R5", "令和5年3月改訂", new RevisionChange.Retired(T3_1, "")));

        List<PlanHistory.TargetVersion> versions = plan.history().versionsOf(T3_1);

        assertEquals(List.of(FiscalYear.parse("R2"), R4, R5), versions.stream().map(PlanHistory.TargetVersion::from).toList());
        assertEquals("1150", versions.get(1).target().orElseThrow().targetQuantity().orElseThrow().value().toPlainString());
        assertTrue(versions.get(2).target().isEmpty(), "retired");
        assertEquals(List.of(R4), plan.history().versionsOf(T3_3).stream().map(PlanHistory.TargetVersion::from).toList());
        assertEquals(6, plan.history().targetsEver().count());
        assertTrue(plan.history().knows(T3_3));
        assertFalse(plan.history().knows(new TargetCode(3, 4)));
    }

    @Test
    void revisionsOutOfOrder_orOutsideThePeriod_areNotAPlan() {
        assertThrows(IllegalArgumentException.class, () -> revised(revision("R5", "b", newValue(T3_1, "1150")),
                revision("R4", "a", newValue(T3_1, "1160"))));
        assertThrows(IllegalArgumentException.class, () -> revised(revision("R7", "a", newValue(T3_1, "1150"))));
    }

    @Test
    void changeNamingWhatThePlanLacks_isRefused() {
        StrategyPlan plan = revised(revision("R4", "a", newValue(new TargetCode(3, 9), "1")));

        assertThrows(IllegalArgumentException.class, () -> plan.inForce(R4));
    }
}
