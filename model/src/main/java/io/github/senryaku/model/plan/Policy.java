package io.github.senryaku.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * A main policy (主要施策) of a basic goal; its number is the plan's (1), (2)… numbering.
 *
 * @param targets  the policy's own KPIs (重要業績評価指標), coded {@code K<goal>-<policy>-<n>}
 * @param reprints KPIs of other policies printed again under this one (再掲); their actuals are the original's
 */
public record Policy(PolicyCode code, String title, List<NumericalTarget> targets, List<TargetCode> reprints,
        List<Measure> measures) {

    public Policy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        targets = List.copyOf(targets);
        reprints = List.copyOf(reprints);
        measures = List.copyOf(measures);
    }

    /** A policy with measures only, as plans without policy KPIs write them. */
    public Policy(PolicyCode code, String title, List<Measure> measures) {
        this(code, title, List.of(), List.of(), measures);
    }

    public int number() {
        return code.number();
    }
}
