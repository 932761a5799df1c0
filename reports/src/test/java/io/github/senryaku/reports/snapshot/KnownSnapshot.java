package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static io.github.senryaku.model.testing.SampleTargets.state;

import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of Kanazawa's plan for R6 with figures chosen so every case shows: a pending baseline confirmed
 * (T1-1) and a figure not yet published in R6, a decreasing target half-way (T2-1: 2,000 → 1,800 with
 * 1,900 is 50.0 %, grade C), a target reached (T3-1: 1,121万人, A), a milestone reached (T3-2: 整備, A)
 * and a target nobody reported for R6 (T4-1: 未提出, N). Measures: some reported, with budget lines.
 */
public final class KnownSnapshot {

    public static final FiscalYear R6 = FiscalYear.of(2024);
    public static final LocalDate MADE_ON = LocalDate.of(2025, 6, 30);

    private KnownSnapshot() {
    }

    public static ReportSnapshot r6() throws Exception {
        return r6(actuals(), MADE_ON, true);
    }

    public static ReportSnapshot r6(PlanActuals actuals, LocalDate madeOn, boolean sample) throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        return ReportSnapshot.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), R6, actuals,
                measureReports(), budgetLines(), sources(), madeOn, sample);
    }

    /** The R6 snapshot with one more measure report, for texts the known one does not have. */
    public static ReportSnapshot withReport(MeasureReport extra) throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        List<MeasureReport> reports = new java.util.ArrayList<>(measureReports());
        reports.add(extra);
        return ReportSnapshot.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), R6, actuals(), reports,
                budgetLines(), sources(), MADE_ON, true);
    }

    public static PlanActuals actuals() {
        return new PlanActuals(Map.of(
                new TargetCode(1, 1), series("H30", figure("1.60"), "R1", figure("1.58"), "R2", figure("1.55"),
                        "R3", figure("1.52"), "R4", figure("1.50"), "R5", figure("1.48"),
                        "R6", new Reported.Unpublished("集計中")),
                new TargetCode(2, 1), series("R2", figure("1980"), "R3", figure("1950"), "R4", figure("1930"),
                        "R5", figure("1910"), "R6", figure("1900")),
                new TargetCode(3, 1), series("R1", figure("1060"), "R2", figure("812"), "R3", figure("905"),
                        "R4", figure("1010"), "R5", figure("1090"), "R6", figure("1121")),
                new TargetCode(3, 2), series("R2", state("整備中"), "R4", state("整備中"), "R6", state("整備")),
                new TargetCode(4, 1), series("R2", figure("84"), "R3", figure("88"), "R4", figure("90"),
                        "R5", figure("93"))));
    }

    static List<MeasureReport> measureReports() {
        return List.of(
                new MeasureReport(new MeasureCode(1, 1, 1), R6, "実施中", "拡充", "出産・子育て応援ギフトを配付",
                        "利用者の満足度が向上した。", "周知の方法に課題が残る。", "こども未来課", "こども未来課_R6.xlsx"),
                new MeasureReport(new MeasureCode(3, 1, 1), R6, "完了", "完了", "価値創造拠点施設を開設",
                        "開設初年度に延べ1万人が利用。", "", "産業政策課", "産業政策課_R6.xlsx"),
                new MeasureReport(new MeasureCode(2, 1, 1), FiscalYear.of(2023), "実施中", "継続", "前年度の内容",
                        "", "", "企画調整課", "企画調整課_R5.xlsx"));
    }

    static List<BudgetLine> budgetLines() {
        return List.of(
                new BudgetLine("B-001", "子育て応援事業", Optional.of(new MeasureCode(1, 1, 1)), R6,
                        new BigDecimal("12000000"), new BigDecimal("10800000"), "一般財源"),
                new BudgetLine("B-002", "拠点施設運営事業", Optional.of(new MeasureCode(3, 1, 1)), R6,
                        new BigDecimal("50000000"), new BigDecimal("45000000"), "地方創生推進交付金"),
                new BudgetLine("B-900", "庁舎維持管理", Optional.empty(), R6,
                        new BigDecimal("3000000"), new BigDecimal("2900000"), "一般財源"));
    }

    static List<SourceFile> sources() {
        return List.of(
                new SourceFile("こども未来課_R6.xlsx", "こども未来課", Instant.parse("2025-05-20T01:00:00Z"), "a".repeat(64), 1, 1),
                new SourceFile("産業政策課_R6.xlsx", "産業政策課", Instant.parse("2025-05-21T02:30:00Z"), "b".repeat(64), 2, 1));
    }
}
