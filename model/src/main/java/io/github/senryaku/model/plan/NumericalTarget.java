package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator with a target: a numerical target (数値目標) of a basic goal, a plan-wide target (全体目標) or
 * a policy's KPI; its code says which.
 *
 * <p>Invariants: the baseline year is before the target year; a MILESTONE target has its states in order
 * from the baseline state to the target state, and its baseline and target are states; other targets
 * have no states. A tolerance is only for MAINTAIN; survey and interim years lie between the baseline and
 * target years.
 *
 * @param name        the indicator as written (合計特殊出生率)
 * @param statement   the target as the plan words it when that says more than the name
 *                    (市外へ就職する学生数を1割減); empty otherwise
 * @param states      a milestone's states in order (未整備, 整備中, 整備); empty for figures
 * @param aggregation how yearly figures make the value graded (単年度, 累計, 平均)
 * @param countedFrom the first year counted into a sum or mean, or graded for an every-year target
 * @param surveys     the years the figure is measured in; every year for most indicators
 * @param interim     interim targets (中間目標), in year order
 * @param tolerance   for MAINTAIN, how far below the level (%) still counts as maintained
 * @param continues   the target this one carries on in the plan this plan succeeds ({@code continues: T3-1});
 *                    the code is the earlier plan's, which may differ from this target's own
 */
public record NumericalTarget(
        TargetCode code,
        String name,
        String statement,
        Unit unit,
        Direction direction,
        PeriodKind periodKind,
        Baseline baseline,
        TargetValue target,
        Optional<ReferenceValue> reference,
        List<String> states,
        Aggregation aggregation,
        FiscalYear countedFrom,
        SurveySchedule surveys,
        List<InterimValue> interim,
        Optional<BigDecimal> tolerance,
        Optional<TargetCode> continues) {

    public NumericalTarget {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        statement = statement == null ? "" : statement;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reference, "reference");
        states = List.copyOf(states);
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(surveys, "surveys");
        interim = interim.stream().sorted((a, b) -> a.year().compareTo(b.year())).toList();
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(continues, "continues");
        if (!baseline.year().isBefore(target.year())) {
            throw new IllegalArgumentException(code + ": baseline year must be before target year");
        }
        boolean milestone = direction == Direction.MILESTONE;
        if (milestone != target instanceof TargetValue.State || milestone == states.isEmpty()) {
            throw new IllegalArgumentException(code + ": a milestone, and only a milestone, has states");
        }
        if (baseline instanceof Baseline.State s && !states.contains(s.state())
                || target instanceof TargetValue.State t && !states.contains(t.state())) {
            throw new IllegalArgumentException(code + ": baseline and target states must be among " + states);
        }
        if (tolerance.isPresent() && direction != Direction.MAINTAIN) {
            throw new IllegalArgumentException(code + ": only a MAINTAIN target has a tolerance");
        }
    }

    /** A target that continues none of an earlier plan's. */
    public NumericalTarget(TargetCode code, String name, String statement, Unit unit, Direction direction,
            PeriodKind periodKind, Baseline baseline, TargetValue target, Optional<ReferenceValue> reference,
            List<String> states, Aggregation aggregation, FiscalYear countedFrom, SurveySchedule surveys,
            List<InterimValue> interim, Optional<BigDecimal> tolerance) {
        this(code, name, statement, unit, direction, periodKind, baseline, target, reference, states, aggregation,
                countedFrom, surveys, interim, tolerance, Optional.empty());
    }

    /** A yearly level with every year measured: the shape of every target before plans had other shapes. */
    public NumericalTarget(TargetCode code, String name, String statement, Unit unit, Direction direction,
            PeriodKind periodKind, Baseline baseline, TargetValue target, Optional<ReferenceValue> reference,
            List<String> states) {
        this(code, name, statement, unit, direction, periodKind, baseline, target, reference, states,
                Aggregation.LEVEL, baseline.year().plus(1), SurveySchedule.EVERY_YEAR, List.of(), Optional.empty(),
                Optional.empty());
    }

    public boolean isMilestone() {
        return direction == Direction.MILESTONE;
    }

    public IndicatorKind kind() {
        return code.kind();
    }

    /** The index of a state in this milestone's order, or -1 when it is not one of its states. */
    public int stateIndex(String state) {
        return states.indexOf(state);
    }

    /** The target's figure, for every target but milestones and trends. */
    public Optional<Quantity> targetQuantity() {
        if (target instanceof TargetValue.Figure figure) {
            return Optional.of(figure.quantity());
        }
        if (target instanceof TargetValue.EachYear each) {
            return Optional.of(each.quantity());
        }
        return Optional.empty();
    }

    /** The interim target of that year, if the plan sets one. */
    public Optional<InterimValue> interimIn(FiscalYear year) {
        return interim.stream().filter(value -> value.year().equals(year)).findFirst();
    }

    /**
     * The first year a figure is due: the baseline year, or for a new indicator (新規), an every-year target
     * or a baseline inherited from an earlier plan (whose figure that plan's reports carry) the first year
     * counted.
     */
    public FiscalYear firstYearDue() {
        if (baseline instanceof Baseline.None || baseline instanceof Baseline.Inherited
                || target instanceof TargetValue.EachYear) {
            return countedFrom;
        }
        return baseline.year();
    }

    /** Whether a figure is due for the year: within the target's span and, for a survey indicator, a survey year. */
    public boolean isDue(FiscalYear year) {
        return !year.isBefore(firstYearDue()) && !year.isAfter(target.year()) && surveys.isSurveyYear(year);
    }

    /**
     * The decimals the plan writes this target's figures with — its target value's or its baseline figure's,
     * whichever has more (66.0 % → 1; 0 for a milestone) — so that actuals print alike.
     */
    public int precision() {
        int target = targetQuantity().map(q -> q.value().scale()).orElse(0);
        int base = baseline instanceof Baseline.Figure figure ? figure.quantity().value().scale() : 0;
        return Math.max(0, Math.max(target, base));
    }
}
