package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanHistory;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan evaluated over its whole period (最終評価・効果検証): every year graded as its annual report grades it
 * — the version in force that year, the actuals known by then — and every target the plan ever had followed
 * through those years to its final grade and whether it was met. Grading is {@link EvaluatedPlan}'s; this
 * only lines the years up.
 *
 * <p>Invariants: {@code years} holds each year of the plan's period once, in order; {@code targets} holds each
 * target in force in at least one of them once, in code order (plan-wide targets, then per goal its numerical
 * targets and its KPIs), a target added by a revision with the rest of its goal.
 *
 * @param plan the plan as written, revisions and all: each year's version is taken from it
 */
public record FinalEvaluation(StrategyPlan plan, GradingRulebook rulebook, List<EvaluatedYear> years,
        List<TargetCourse> targets) {

    private static final Comparator<TargetCode> CODE_ORDER = Comparator.comparingInt(TargetCode::goal)
            .thenComparingInt(TargetCode::policy).thenComparingInt(TargetCode::number);

    public FinalEvaluation {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rulebook, "rulebook");
        years = List.copyOf(years);
        targets = List.copyOf(targets);
    }

    /**
     * @param plan      the plan as written (not a version {@link StrategyPlan#inForce} made)
     * @param actuals   every year's actuals; each year is graded with those up to it
     * @param submitted the years of the period that have any report at all; the others are 未提出
     */
    public static FinalEvaluation of(StrategyPlan plan, GradingRulebook rulebook, PlanActuals actuals,
            Set<FiscalYear> submitted) {
        if (plan.isRevised()) {
            throw new IllegalArgumentException(plan.code() + ": the final evaluation starts from the plan as written");
        }
        List<EvaluatedYear> years = plan.period().years().stream()
                .map(year -> new EvaluatedYear(EvaluatedPlan.of(plan.inForce(year), rulebook, actuals.upTo(year), year),
                        submitted.contains(year)))
                .toList();
        PlanHistory history = plan.history();
        List<TargetCourse> courses = new ArrayList<>();
        history.targetsEver().map(NumericalTarget::code).sorted(CODE_ORDER)
                .forEach(code -> course(history, rulebook, years, code).ifPresent(courses::add));
        return new FinalEvaluation(plan, rulebook, years, courses);
    }

    private static Optional<TargetCourse> course(PlanHistory history, GradingRulebook rulebook, List<EvaluatedYear> years,
            TargetCode code) {
        List<TargetCourse.Year> course = years.stream().map(year -> new TargetCourse.Year(year.year(),
                Optional.ofNullable(year.evaluated().evaluations().get(code)))).toList();
        Optional<TargetEvaluation> last = course.stream().flatMap(year -> year.evaluation().stream())
                .reduce((earlier, later) -> later);
        return last.map(evaluation -> new TargetCourse(history.lastVersionOf(code).orElseThrow(), course,
                history.retirement(code), evaluation, Achievement.of(evaluation, rulebook)));
    }

    public List<FiscalYear> periodYears() {
        return years.stream().map(EvaluatedYear::year).toList();
    }

    /** The years of the period with no report at all (未提出), in order. */
    public List<FiscalYear> missingYears() {
        return years.stream().filter(year -> !year.submitted()).map(EvaluatedYear::year).toList();
    }

    public boolean isSubmitted(FiscalYear year) {
        return year(year).submitted();
    }

    public EvaluatedYear year(FiscalYear year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(year.shortCode() + " is not in " + plan.code() + "'s period"));
    }

    public TargetCourse course(TargetCode code) {
        return targets.stream().filter(course -> course.target().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + code + " in " + plan.code() + "'s period"));
    }
}
