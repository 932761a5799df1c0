package io.github.senryaku.demo;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Made-up actuals for every target of a plan, for the demo only. Targets take turns at three paths —
 * ahead of schedule, behind, and going backwards — so the demo shows every grade; a pending baseline is
 * confirmed with a made-up figure and the last year of a calendar-year statistic is still 集計中.
 */
public final class SampleActuals {

    public static final String BANNER = "※ サンプルデータ — 公式の数値ではありません（デモ用に計画から作成した架空の実績です）";

    /** Share of the way from baseline to target reached in each plan year, per path. */
    private static final List<double[]> PATHS = List.of(
            new double[] {0.30, 0.50, 0.70, 0.90, 1.05},
            new double[] {0.10, 0.20, 0.35, 0.50, 0.70},
            new double[] {0.05, -0.05, -0.10, -0.08, -0.02});

    private SampleActuals() {
    }

    public static PlanActuals of(StrategyPlan plan) {
        Map<TargetCode, ActualSeries> byTarget = new LinkedHashMap<>();
        // Every target the plan ever has: one a revision adds is reported from then on.
        List<NumericalTarget> targets = plan.history().targetsEver().toList();
        for (int i = 0; i < targets.size(); i++) {
            byTarget.put(targets.get(i).code(), series(targets.get(i), PATHS.get(i % PATHS.size()), plan));
        }
        return new PlanActuals(byTarget);
    }

    private static ActualSeries series(NumericalTarget target, double[] path, StrategyPlan plan) {
        Map<FiscalYear, Reported> byYear = new TreeMap<>();
        List<FiscalYear> years = plan.period().years();
        if (target.isMilestone()) {
            for (int y = 0; y < years.size(); y++) {
                int state = Math.min(target.states().size() - 1, (int) Math.floor(y * (target.states().size() - 1) / 2.5));
                byYear.put(years.get(y), new Reported.State(target.states().get(state)));
            }
            return ActualSeries.of(byYear);
        }
        BigDecimal goal = ((TargetValue.Figure) target.target()).quantity().value();
        BigDecimal baseline;
        if (target.baseline() instanceof Baseline.Figure figure) {
            baseline = figure.quantity().value();
        } else if (target.baseline() instanceof Baseline.Inherited || target.baseline() instanceof Baseline.None) {
            // Taken from the predecessor's actual, or none: the sample path starts short of the target, and no
            // baseline row is reported (the predecessor's R6 actual is in the store already).
            baseline = goal.multiply(new BigDecimal("0.90")).setScale(goal.scale(), RoundingMode.HALF_UP);
        } else {
            // A pending baseline: confirm it with a made-up figure a little short of the target.
            baseline = goal.multiply(new BigDecimal("0.95")).setScale(goal.scale(), RoundingMode.HALF_UP);
            byYear.put(target.baseline().year(), figure(baseline));
        }
        for (int y = 0; y < years.size() && y < path.length; y++) {
            BigDecimal value = baseline.add(goal.subtract(baseline).multiply(BigDecimal.valueOf(path[y])))
                    .setScale(goal.scale(), RoundingMode.HALF_UP);
            byYear.put(years.get(y), figure(value));
        }
        if (target.periodKind() == io.github.senryaku.model.time.PeriodKind.CALENDAR_YEAR) {
            byYear.put(plan.period().to(), new Reported.Unpublished("集計中"));
        }
        return ActualSeries.of(byYear);
    }

    private static Reported figure(BigDecimal value) {
        return new Reported.Figure(new Quantity(value, false));
    }
}
