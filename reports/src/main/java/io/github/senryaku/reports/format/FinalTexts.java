package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.FinalEvaluation;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;

/**
 * How a plan's final report (最終評価) reads a target's year in every format. One order decides a year's cell:
 * a year the target was not in force prints 廃止 after its retirement and {@code －} before a revision added
 * it; then a year with no report at all prints 未提出; then the year's own figure, or {@code －} when the
 * target had none that year (a year missing as a whole is told apart from one figure missing).
 */
public final class FinalTexts {

    public static final String MISSING = "未提出";
    public static final String RETIRED = "廃止";

    private FinalTexts() {
    }

    /** {@code 令和2～6年度}; across an era, {@code 平成30年度～令和4年度}. */
    public static String period(PlanPeriod period) {
        FiscalYear from = period.from();
        FiscalYear to = period.to();
        if (from.era().equals(to.era())) {
            return from.eraYear() + "～" + to.yearOfEra() + "年度";
        }
        return from.eraLabel() + "～" + to.eraLabel();
    }

    /** {@code 令和2～6年度（2020～2024年度）}. */
    public static String periodLabel(PlanPeriod period) {
        return period(period) + "（" + period.from().gregorianYear() + "～" + period.to().gregorianYear() + "年度）";
    }

    /** What a year's cell says when it holds no figure of the target: 廃止, －, 未提出; none when it holds one. */
    public static Optional<String> absence(FinalEvaluation evaluation, TargetCourse course, FiscalYear year) {
        if (!course.in(year).isPresent()) {
            return Optional.of(course.isRetiredIn(year) ? RETIRED : ShapeTexts.NONE);
        }
        return evaluation.isSubmitted(year) ? Optional.empty() : Optional.of(MISSING);
    }

    /** What a measure's year says when it holds no report of the measure: 廃止, －, 未提出; none otherwise. */
    public static Optional<String> absence(FinalEvaluation evaluation, Measure measure, FiscalYear year) {
        if (evaluation.year(year).plan().measure(measure.code()).isEmpty()) {
            boolean retired = evaluation.plan().history().retirement(measure.code()).filter(r -> r.isInForceIn(year)).isPresent();
            return Optional.of(retired ? RETIRED : ShapeTexts.NONE);
        }
        return evaluation.isSubmitted(year) ? Optional.empty() : Optional.of(MISSING);
    }

    /**
     * The year's figure with its unit, and the value graded when that is another ({@code 55人（R3～R5累計 155人）});
     * {@code 未公表（集計中）}; or the year's {@link #absence}.
     */
    public static String yearFigure(FinalEvaluation evaluation, TargetCourse course, FiscalYear year) {
        Optional<String> absent = absence(evaluation, course, year);
        if (absent.isPresent()) {
            return absent.get();
        }
        TargetEvaluation graded = course.in(year).orElseThrow();
        Optional<Reported> actual = graded.actual();
        String figure = actual.isEmpty() ? ShapeTexts.NONE : Figures.reported(graded.target(), actual);
        return figure + ShapeTexts.measured(graded).map(m -> "（" + m + "）").orElse("");
    }

    /** The year's grade code ({@code B}), or the year's {@link #absence}. */
    public static String yearGrade(FinalEvaluation evaluation, TargetCourse course, FiscalYear year) {
        return absence(evaluation, course, year).orElseGet(() -> course.in(year).orElseThrow().grade().grade().code());
    }

    /**
     * The target value graded against that year, which a revision may have changed: the figure or state
     * alone ({@code 1,150万人}), the target year being the block's; another shape as {@link Figures#target}
     * writes it. 廃止 or {@code －} when not in force.
     */
    public static String yearTarget(TargetCourse course, FiscalYear year) {
        return course.in(year).map(graded -> {
            NumericalTarget target = graded.target();
            if (ShapeTexts.target(target).isEmpty() && target.target() instanceof TargetValue.Figure figure) {
                return target.unit().format(figure.quantity());
            }
            return target.target() instanceof TargetValue.State state ? state.state() : Figures.target(target);
        }).orElse(course.isRetiredIn(year) ? RETIRED : ShapeTexts.NONE);
    }

    /** {@code 後継計画 sample-successor T3-1 に継続}. */
    public static String continuation(StrategyPlan successor, NumericalTarget target) {
        return "後継計画 " + successor.code() + " " + target.code().text() + " に継続";
    }

    /** {@code 令和5年3月改訂（サンプル）により廃止（令和5年度から）}, for a retired target; empty otherwise. */
    public static String retirement(TargetCourse course) {
        return course.retiredBy().map(revision -> revision.title() + "により" + RETIRED + "（" + revision.effective().eraLabel()
                + "から）").orElse("");
    }
}
