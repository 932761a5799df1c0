package io.github.senryaku.model.testing;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static io.github.senryaku.model.testing.SampleTargets.state;

import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Map;
import java.util.Set;

/**
 * Kanazawa's revised plan ({@link RevisedKanazawa}) over R2–R6 with figures chosen so every case of the final
 * evaluation shows. R5 has no report at all (未提出). With the default rulebook:
 * <ul>
 *   <li>T1-1: pending baseline confirmed by H30's 1.60, falling; R6 未公表 → final N, 判定不能;</li>
 *   <li>T2-1 (renamed in R4): 2,000 → 1,800 decreasing, 1,790 in R6 → A, 達成;</li>
 *   <li>T3-1: 1,130 in R3 is A against the original 1,121; R4's 1,140 is graded against the revised 1,150 (B),
 *       R6's 1,170 against R5's 1,180 → C, 未達成 (it would have met the original);</li>
 *   <li>T3-2: milestone 整備 in R6 → A, 達成;</li>
 *   <li>T4-1: retired from R5; its final grade is R4's: 90 of 80 → 99 is 52.6 %, expected 66.7 % → C, 未達成;</li>
 *   <li>K3-2-1: added from R4, 30 → 45, 46 in R6 → A, 達成.</li>
 * </ul>
 */
public final class KnownPeriod {

    public static final TargetCode T1_1 = new TargetCode(1, 1);
    public static final TargetCode T2_1 = new TargetCode(2, 1);
    public static final TargetCode T3_1 = new TargetCode(3, 1);
    public static final TargetCode T3_2 = new TargetCode(3, 2);
    public static final TargetCode T4_1 = new TargetCode(4, 1);
    public static final TargetCode K3_2_1 = new TargetCode(3, 2, 1);
    public static final FiscalYear R2 = FiscalYear.of(2020);
    public static final FiscalYear R3 = FiscalYear.of(2021);
    public static final FiscalYear R4 = FiscalYear.of(2022);
    public static final FiscalYear R5 = FiscalYear.of(2023);
    public static final FiscalYear R6 = FiscalYear.of(2024);

    private KnownPeriod() {
    }

    public static PlanActuals actuals() {
        return new PlanActuals(Map.of(
                T1_1, series("H30", figure("1.60"), "R2", figure("1.55"), "R3", figure("1.52"), "R4", figure("1.50"),
                        "R6", new Reported.Unpublished("集計中")),
                T2_1, series("R2", figure("1980"), "R3", figure("1950"), "R4", figure("1930"), "R6", figure("1790")),
                T3_1, series("R2", figure("812"), "R3", figure("1130"), "R4", figure("1140"), "R6", figure("1170")),
                T3_2, series("R2", state("整備中"), "R4", state("整備中"), "R6", state("整備")),
                T4_1, series("R2", figure("84"), "R3", figure("88"), "R4", figure("90")),
                K3_2_1, series("R4", figure("40"), "R6", figure("46"))));
    }

    /** Every year but R5. */
    public static Set<FiscalYear> submitted() {
        return Set.of(R2, R3, R4, R6);
    }
}
