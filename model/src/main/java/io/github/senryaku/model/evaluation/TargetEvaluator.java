package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Evaluates one numerical target for one year under a rulebook. */
public final class TargetEvaluator {

    private final GradingRulebook rulebook;

    public TargetEvaluator(GradingRulebook rulebook) {
        this.rulebook = rulebook;
    }

    public TargetEvaluation evaluate(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        return target.isMilestone() ? milestone(target, actuals, year) : figure(target, actuals, year);
    }

    private TargetEvaluation figure(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        Optional<Reported> actual = actuals.in(year);
        Optional<BigDecimal> baseline = baselineFigure(target, actuals);
        BigDecimal goal = ((TargetValue.Figure) target.target()).quantity().value();
        ExpectedProgress expected = ExpectedProgress.at(target.baseline().year(), target.target().year(), year);
        Optional<Projection> projection = baseline.flatMap(base -> projection(target, actuals, year, base, goal));
        Optional<AchievementRate> rate = Optional.empty();
        GradeResult grade;
        Optional<GradeResult> unrated = unrated(target, actual, year);
        if (unrated.isPresent()) {
            grade = unrated.get();
        } else if (baseline.isEmpty()) {
            String note = ((Baseline.Pending) target.baseline()).note();
            grade = new GradeResult(rulebook.unrated(), "基準値が未確定です" + (note.isEmpty() ? "" : "（" + note + "）"));
        } else if (!(actual.get() instanceof Reported.Figure reported)) {
            grade = new GradeResult(rulebook.unrated(), "実績が数値ではありません");
        } else {
            rate = AchievementRate.between(baseline.get(), goal, reported.quantity().value());
            grade = rate.map(r -> grade(r, expected))
                    .orElseGet(() -> new GradeResult(rulebook.unrated(), "目標値が基準値と同じため達成率を計算できません"));
        }
        return new TargetEvaluation(target, year, actual, baseline, rate, Optional.of(expected), grade, projection);
    }

    private TargetEvaluation milestone(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        Optional<Reported> actual = actuals.in(year);
        GradeResult grade = unrated(target, actual, year).orElseGet(() -> {
            if (!(actual.get() instanceof Reported.State reported) || target.stateIndex(reported.state()) < 0) {
                return new GradeResult(rulebook.unrated(), "実績が段階（" + String.join("／", target.states()) + "）ではありません");
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
        return new TargetEvaluation(target, year, actual, Optional.empty(), Optional.empty(), Optional.empty(), grade,
                Optional.empty());
    }

    /** The reasons no grade can be given whatever the figures: too early, nothing reported, not published. */
    private Optional<GradeResult> unrated(NumericalTarget target, Optional<Reported> actual, FiscalYear year) {
        if (year.isBefore(target.baseline().year())) {
            return Optional.of(new GradeResult(rulebook.unrated(), "基準年より前の年です"));
        }
        if (actual.isEmpty()) {
            return Optional.of(new GradeResult(rulebook.unrated(), "実績が未提出です"));
        }
        if (actual.get() instanceof Reported.Unpublished unpublished) {
            return Optional.of(new GradeResult(rulebook.unrated(), "実績値が未公表です（" + unpublished.label() + "）"));
        }
        return Optional.empty();
    }

    private GradeResult grade(AchievementRate rate, ExpectedProgress expected) {
        BigDecimal measured = rate.percent();
        if (rulebook.basis() == Basis.PROGRESS_RATIO) {
            if (expected.isZero()) {
                return new GradeResult(rulebook.unrated(), "基準年のため期待値がなく、進捗率を計算できません");
            }
            measured = Percent.of(rate.percent(), expected.percent());
        }
        Band band = rulebook.bandFor(measured, expected);
        return new GradeResult(band.grade(), band.description());
    }

    /** A pending baseline is confirmed by a figure reported for the baseline year. */
    static Optional<BigDecimal> baselineFigure(NumericalTarget target, ActualSeries actuals) {
        if (target.baseline() instanceof Baseline.Figure figure) {
            return Optional.of(figure.quantity().value());
        }
        if (target.baseline() instanceof Baseline.Pending pending) {
            return actuals.in(pending.year())
                    .filter(Reported.Figure.class::isInstance)
                    .map(reported -> ((Reported.Figure) reported).quantity().value());
        }
        return Optional.empty();
    }

    private static Optional<Projection> projection(NumericalTarget target, ActualSeries actuals, FiscalYear year,
            BigDecimal baseline, BigDecimal goal) {
        SortedMap<FiscalYear, BigDecimal> figures = new TreeMap<>();
        figures.put(target.baseline().year(), baseline);
        for (Map.Entry<FiscalYear, Reported> entry : actuals.upTo(year).entrySet()) {
            if (entry.getValue() instanceof Reported.Figure reported && !entry.getKey().isBefore(target.baseline().year())) {
                figures.put(entry.getKey(), reported.quantity().value());
            }
        }
        return Projection.of(figures, target.target().year(), goal, target.direction());
    }
}
