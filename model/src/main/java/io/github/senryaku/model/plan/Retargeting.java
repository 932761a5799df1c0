package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;

/**
 * A target as a revision leaves it: the same indicator (code, unit, direction, baseline, shape) with a new
 * value, year or name. A milestone's or trend's target has no figure, so only its year can change.
 */
final class Retargeting {

    private Retargeting() {
    }

    static NumericalTarget of(NumericalTarget target, RevisionChange.TargetRetargeted change) {
        TargetValue old = target.target();
        FiscalYear year = change.year().orElse(old.year());
        String note = change.note().orElse(old.note());
        TargetValue revised;
        if (old instanceof TargetValue.Figure figure) {
            revised = new TargetValue.Figure(year, change.value().orElse(figure.quantity()), note);
        } else if (old instanceof TargetValue.EachYear each) {
            revised = new TargetValue.EachYear(year, change.value().orElse(each.quantity()), note);
        } else if (change.value().isPresent()) {
            throw new IllegalArgumentException(target.code() + ": a target without a figure gets no new value");
        } else if (old instanceof TargetValue.Trend) {
            revised = new TargetValue.Trend(year, note);
        } else {
            revised = new TargetValue.State(year, ((TargetValue.State) old).state(), note);
        }
        return with(target, target.name(), target.statement(), revised);
    }

    static NumericalTarget renamed(NumericalTarget target, RevisionChange.TargetRenamed change) {
        return with(target, change.name().orElse(target.name()), change.statement().orElse(target.statement()),
                target.target());
    }

    private static NumericalTarget with(NumericalTarget t, String name, String statement, TargetValue target) {
        return new NumericalTarget(t.code(), name, statement, t.unit(), t.direction(), t.periodKind(), t.baseline(),
                target, t.reference(), t.states(), t.aggregation(), t.countedFrom(), t.surveys(), t.interim(),
                t.tolerance(), t.continues());
    }
}
