package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;

import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The サンプル plan of every target shape ({@code config/plans/sample-shapes.yaml}, R3–R8) reported on for R5,
 * with figures that make each shape show:
 * <ul>
 *   <li>T0-1 a plan-wide rate; T0-2 総人口 kept (MAINTAIN, 許容幅2%) on the R2 census carried into R5 (R2調査);</li>
 *   <li>T1-1 累計 300 with 40, 60, 55: R3～R5累計 155 graded against the R5 interim of 150;</li>
 *   <li>T1-2 累計 600 以下 with 130, 120, 110: 360 over the allowance of 300 → C;</li>
 *   <li>K1-1-1 年平均 30 with 29, 31, 29 (R3～R5平均), reprinted (再掲) under P1-2;</li>
 *   <li>K1-1-2 新規 (no baseline) with 20, 35, 50; K1-2-1 待機児童 毎年度ゼロ from R4 with 3, 0;</li>
 *   <li>T2-1 a survey (R2, R5, R8) answered 63.0 in R5; T2-2 graded against its R5 interim;</li>
 *   <li>K2-1-1 a rank (5位 → 1位); K2-1-2 増加 (trend) 120 → 140; K2-1-3 毎年度 100件 with 98 in R5.</li>
 * </ul>
 */
public final class ShapesSnapshot {

    public static final FiscalYear R5 = FiscalYear.parse("R5");
    public static final LocalDate MADE_ON = LocalDate.of(2024, 6, 28);

    private ShapesSnapshot() {
    }

    public static StrategyPlan plan() throws Exception {
        return PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));
    }

    public static ReportSnapshot r5() throws Exception {
        return ReportSnapshot.of(plan(), RulebookFileLoader.load(ProjectFiles.defaultRulebook()), R5, actuals(),
                measureReports(), List.of(), sources(), MADE_ON, true);
    }

    public static PlanActuals actuals() {
        return new PlanActuals(Map.ofEntries(
                Map.entry(new TargetCode(0, 1), series("R3", figure("1.38"), "R4", figure("1.41"), "R5", figure("1.43"))),
                Map.entry(new TargetCode(1, 1), series("R3", figure("40"), "R4", figure("60"), "R5", figure("55"))),
                Map.entry(new TargetCode(1, 2), series("R3", figure("130"), "R4", figure("120"), "R5", figure("110"))),
                Map.entry(new TargetCode(1, 1, 1), series("R3", figure("29"), "R4", figure("31"), "R5", figure("29"))),
                Map.entry(new TargetCode(1, 1, 2), series("R3", figure("20"), "R4", figure("35"), "R5", figure("50"))),
                Map.entry(new TargetCode(1, 2, 1), series("R4", figure("3"), "R5", figure("0"))),
                Map.entry(new TargetCode(2, 1), series("R5", figure("63.0"))),
                Map.entry(new TargetCode(2, 2), series("R3", figure("850"), "R4", figure("900"), "R5", figure("950"))),
                Map.entry(new TargetCode(2, 1, 1), series("R3", figure("4"), "R4", figure("3"), "R5", figure("3"))),
                Map.entry(new TargetCode(2, 1, 2), series("R3", figure("125"), "R4", figure("130"), "R5", figure("140"))),
                Map.entry(new TargetCode(2, 1, 3), series("R3", figure("90"), "R4", figure("105"), "R5", figure("98")))));
    }

    /**
     * The plan with one numerical target's interim targets left out: the worked example of a sum
     * (累計 300 over R3–R8, 40, 60, 55 → 51.67 %, 期待値 50.00 %, B) is graded against the path to the
     * target, where the サンプル plan's R5 interim would grade R5 against 150.
     */
    public static ReportSnapshot r5WithoutInterim(TargetCode code) throws Exception {
        StrategyPlan plan = plan();
        List<BasicGoal> goals = plan.goals().stream().map(goal -> new BasicGoal(goal.code(), goal.title(),
                goal.targets().stream().map(t -> t.code().equals(code) ? withoutInterim(t) : t).toList(),
                goal.policies())).toList();
        StrategyPlan changed = new StrategyPlan(plan.code(), plan.title(), plan.municipality(), plan.period(),
                plan.basisLaw(), plan.summary(), plan.overallTargets(), goals, plan.glossary());
        return ReportSnapshot.of(changed, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), R5, actuals(),
                measureReports(), List.of(), sources(), MADE_ON, true);
    }

    private static NumericalTarget withoutInterim(NumericalTarget t) {
        return new NumericalTarget(t.code(), t.name(), t.statement(), t.unit(), t.direction(), t.periodKind(),
                t.baseline(), t.target(), t.reference(), t.states(), t.aggregation(), t.countedFrom(), t.surveys(),
                List.of(), t.tolerance());
    }

    static List<MeasureReport> measureReports() {
        return List.of(new MeasureReport(new MeasureCode(1, 1, 1), R5, "実施中", "継続", "相談窓口を週3日開設",
                "相談 120件", "", "産業政策課", "産業政策課_R5.xlsx"));
    }

    static List<SourceFile> sources() {
        return List.of(new SourceFile("産業政策課_R5.xlsx", "産業政策課", Instant.parse("2024-05-20T01:00:00Z"),
                "c".repeat(64), 11, 1));
    }
}
