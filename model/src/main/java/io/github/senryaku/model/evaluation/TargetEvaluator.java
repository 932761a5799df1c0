package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Evaluates one target for one year under a rulebook. The value graded is aggregated first (the year's
 * figure, 累計, 平均, or the latest survey's figure); then the target's shape decides how it is graded: a
 * milestone by its state, MAINTAIN and trend targets by whether they held or moved (the rulebook's
 * milestone grades), every other figure by its 達成率 and 期待値 through the rulebook's bands.
 */
public final class TargetEvaluator {

    private final GradingRulebook rulebook;

    public TargetEvaluator(GradingRulebook rulebook) {
        this.rulebook = rulebook;
    }

    public TargetEvaluation evaluate(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        return evaluate(target, actuals, Optional.empty(), year);
    }

    /**
     * @param inherited for a baseline taken from another plan's actual ({@link Baseline.Inherited}), that
     *                  actual once it exists; until then the target is graded like one whose baseline is
     *                  not yet published
     */
    public TargetEvaluation evaluate(NumericalTarget target, ActualSeries actuals, Optional<Reported> inherited,
            FiscalYear year) {
        return target.isMilestone() ? milestone(target, actuals, year) : figure(target, actuals, inherited, year);
    }

    /** What the grading of a figure target found; turned into a {@link TargetEvaluation} at the end. */
    private record Finding(Optional<Measured> measured, Optional<InterimValue> against, Optional<AchievementRate> rate,
            Optional<ExpectedProgress> expected, GradeResult grade) {

        static Finding unrated(GradeResult grade) {
            return new Finding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), grade);
        }
    }

    private TargetEvaluation figure(NumericalTarget target, ActualSeries actuals, Optional<Reported> inherited,
            FiscalYear year) {
        Optional<Reported> actual = actuals.in(year);
        Optional<BigDecimal> baseline = BaselineFigure.of(target, actuals, inherited);
        Finding finding = findings(target, actuals, year, baseline, inherited);
        Optional<Projection> projection = finding.measured().flatMap(m -> projection(target, actuals, year, baseline, m));
        return new TargetEvaluation(target, year, actual, finding.measured(), baseline, finding.against(), finding.rate(),
                finding.expected(), finding.grade(), projection);
    }

    private Finding findings(NumericalTarget target, ActualSeries actuals, FiscalYear year, Optional<BigDecimal> baseline,
            Optional<Reported> inherited) {
        if (year.isBefore(target.firstYearDue())) {
            return Finding.unrated(unrated(target.firstYearDue().equals(target.baseline().year()) ? "基準年より前の年です"
                    : "数え始めの年度（" + target.countedFrom().shortCode() + "）より前の年です"));
        }
        Optional<GradeResult> notMeasured = YearlyFigures.problem(target, actuals, year, baseline).map(this::unrated);
        if (notMeasured.isPresent()) {
            return Finding.unrated(notMeasured.get());
        }
        Measured measured = YearlyFigures.measure(target, actuals, year, baseline);
        if (target.target() instanceof TargetValue.Trend) {
            return trend(target, baseline, measured, inherited);
        }
        if (target.direction() == Direction.MAINTAIN) {
            return maintain(target, measured);
        }
        BigDecimal value = measured.value();
        if (target.target() instanceof TargetValue.EachYear each) {
            ExpectedProgress full = new ExpectedProgress(Percent.HUNDRED);
            AchievementRate rate = AchievementRate.againstTarget(each.quantity().value(), value, target.direction());
            return graded(measured, Optional.empty(), rate, full, grade(rate, full));
        }
        boolean cumulative = target.aggregation() == Aggregation.CUMULATIVE;
        boolean noBaseline = target.baseline() instanceof Baseline.None;
        if (baseline.isEmpty() && !noBaseline && !cumulative) {
            return new Finding(Optional.of(measured), Optional.empty(), Optional.empty(), Optional.empty(),
                    unrated(BaselineFigure.unknown(target, inherited)));
        }
        Optional<InterimValue> against = target.interimIn(measured.to());
        BigDecimal goal = against.map(i -> i.quantity().value()).orElse(target.targetQuantity().orElseThrow().value());
        ExpectedProgress expected = against.isPresent() ? new ExpectedProgress(Percent.HUNDRED)
                : ExpectedPath.of(target, baseline).progressAt(measured.to());
        if (cumulative && target.direction() == Direction.DECREASE) {
            return ceiling(measured, against, goal, expected);
        }
        Optional<AchievementRate> rate = cumulative || noBaseline
                ? Optional.of(AchievementRate.againstTarget(goal, value, target.direction()))
                : AchievementRate.between(baseline.get(), goal, value);
        if (rate.isEmpty()) {
            return new Finding(Optional.of(measured), against, rate, Optional.of(expected),
                    unrated("目標値が基準値と同じため達成率を計算できません"));
        }
        return graded(measured, against, rate.get(), expected, grade(rate.get(), expected));
    }

    private static Finding graded(Measured measured, Optional<InterimValue> against, AchievementRate rate,
            ExpectedProgress expected, GradeResult grade) {
        return new Finding(Optional.of(measured), against, Optional.of(rate), Optional.of(expected), grade);
    }

    /** 累計 X 以下: on track within the pro-rata allowance, behind over it, failed over the ceiling. */
    private Finding ceiling(Measured measured, Optional<InterimValue> against, BigDecimal ceiling, ExpectedProgress expected) {
        AchievementRate rate = AchievementRate.ceiling(ceiling, measured.value(), expected);
        GradeResult band = grade(rate, expected);
        BigDecimal allowance = AchievementRate.allowance(ceiling, expected);
        String reason;
        if (measured.value().compareTo(ceiling) > 0) {
            reason = "累計が上限 " + plain(ceiling) + " を超えました";
        } else if (measured.value().compareTo(allowance) > 0) {
            reason = "累計がこの年度までの上限の目安 " + plain(allowance) + " を超えています";
        } else {
            reason = "累計がこの年度までの上限の目安 " + plain(allowance) + " 以内です";
        }
        return graded(measured, against, rate, expected, new GradeResult(band.grade(), reason));
    }

    /** 現状維持: held when the figure is at or above the level less the tolerance. */
    private Finding maintain(NumericalTarget target, Measured measured) {
        BigDecimal level = target.targetQuantity().orElseThrow().value();
        BigDecimal tolerance = target.tolerance().orElse(BigDecimal.ZERO);
        BigDecimal floor = level.multiply(Percent.HUNDRED.subtract(tolerance)).divide(Percent.HUNDRED, Percent.CONTEXT);
        AchievementRate rate = AchievementRate.againstTarget(level, measured.value(), Direction.INCREASE);
        ExpectedProgress full = new ExpectedProgress(Percent.HUNDRED);
        String band = tolerance.signum() == 0 ? plain(level) : plain(level) + "（許容幅 " + plain(tolerance) + "%: " + plain(floor) + "）";
        GradeResult grade = measured.value().compareTo(floor) >= 0
                ? new GradeResult(rulebook.milestone().reached(), "維持の水準 " + band + " 以上を保っています")
                : new GradeResult(rulebook.milestone().baseline(), "維持の水準 " + band + " を下回りました");
        return graded(measured, Optional.empty(), rate, full, grade);
    }

    /** 増加・向上 with no figure: met once the figure has moved past the baseline in the target's direction. */
    private Finding trend(NumericalTarget target, Optional<BigDecimal> baseline, Measured measured,
            Optional<Reported> inherited) {
        if (baseline.isEmpty()) {
            return new Finding(Optional.of(measured), Optional.empty(), Optional.empty(), Optional.empty(),
                    unrated(BaselineFigure.unknown(target, inherited)));
        }
        int comparison = measured.value().compareTo(baseline.get());
        boolean moved = target.direction() == Direction.DECREASE ? comparison < 0 : comparison > 0;
        String way = target.direction().japanese();
        GradeResult grade = moved
                ? new GradeResult(rulebook.milestone().reached(), "基準値 " + plain(baseline.get()) + " から" + way + "しました")
                : new GradeResult(rulebook.milestone().baseline(), "基準値 " + plain(baseline.get()) + " から" + way + "していません");
        return new Finding(Optional.of(measured), Optional.empty(), Optional.empty(), Optional.empty(), grade);
    }

    private TargetEvaluation milestone(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        Optional<Reported> actual = actuals.in(year);
        GradeResult grade = year.isBefore(target.baseline().year()) ? unrated("基準年より前の年です")
                : YearlyFigures.missing(actual).map(this::unrated).orElseGet(() -> {
            if (!(actual.get() instanceof Reported.State reported) || target.stateIndex(reported.state()) < 0) {
                return unrated("実績が段階（" + String.join("／", target.states()) + "）ではありません");
            }
            String state = reported.state();
            MilestoneGrades grades = rulebook.milestone();
            if (state.equals(((TargetValue.State) target.target()).state())) {
                return new GradeResult(grades.reached(), "目標の段階「" + state + "」に到達");
            }
            if (state.equals(((Baseline.State) target.baseline()).state())) {
                return new GradeResult(grades.baseline(), "基準時の段階「" + state + "」のまま");
            }
            return new GradeResult(grades.intermediate(), "途中の段階「" + state + "」");
        });
        return new TargetEvaluation(target, year, actual, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), grade, Optional.empty());
    }

    private GradeResult unrated(String reason) {
        return new GradeResult(rulebook.unrated(), reason);
    }

    private GradeResult grade(AchievementRate rate, ExpectedProgress expected) {
        BigDecimal measured = rate.percent();
        if (rulebook.basis() == Basis.PROGRESS_RATIO) {
            if (expected.isZero()) {
                return unrated("基準年のため期待値がなく、進捗率を計算できません");
            }
            measured = Percent.of(rate.percent(), expected.percent());
        }
        Band band = rulebook.bandFor(measured, expected);
        return new GradeResult(band.grade(), band.description());
    }

    /**
     * 達成見込み: a sum extrapolates its yearly pace to the target year; a level (or a new indicator's figure)
     * the least-squares trend of its figures. Means, every-year, maintain and trend targets have none.
     */
    private static Optional<Projection> projection(NumericalTarget target, ActualSeries actuals, FiscalYear year,
            Optional<BigDecimal> baseline, Measured measured) {
        Optional<BigDecimal> goal = target.targetQuantity().map(q -> q.value());
        if (goal.isEmpty() || target.direction() == Direction.MAINTAIN || target.target() instanceof TargetValue.EachYear
                || target.aggregation() == Aggregation.AVERAGE) {
            return Optional.empty();
        }
        if (target.aggregation() == Aggregation.CUMULATIVE) {
            return Optional.of(Projection.ofPace(measured.value(), measured.years(),
                    target.target().year().yearsSince(target.countedFrom()) + 1, target.target().year(), goal.get(),
                    target.direction()));
        }
        if (baseline.isEmpty() && !(target.baseline() instanceof Baseline.None)) {
            return Optional.empty();
        }
        SortedMap<FiscalYear, BigDecimal> figures = new TreeMap<>();
        baseline.ifPresent(base -> figures.put(target.baseline().year(), base));
        for (Map.Entry<FiscalYear, Reported> entry : actuals.upTo(year).entrySet()) {
            if (entry.getValue() instanceof Reported.Figure reported && !entry.getKey().isBefore(target.firstYearDue())) {
                figures.put(entry.getKey(), reported.quantity().value());
            }
        }
        return Projection.of(figures, target.target().year(), goal.get(), target.direction());
    }

    /** {@code 100,000}, {@code 333.33}: as a reason's reader reads a figure, with at most 2 decimals. */
    private static String plain(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value.setScale(2, RoundingMode.HALF_UP));
    }
}
