package io.github.senryaku.model.plan;

import java.util.List;
import java.util.Objects;

/** A main policy (主要施策) of a basic goal; its number is the plan's (1), (2)… numbering. */
public record Policy(PolicyCode code, String title, List<Measure> measures) {

    public Policy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        measures = List.copyOf(measures);
    }

    public int number() {
        return code.number();
    }
}
