package io.github.senryaku.model.council;

import io.github.senryaku.model.time.FiscalYear;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The council's opinions on one year of one plan, with the office's responses, in the order the office wrote
 * them. A report prints {@link #about} each goal, target, KPI and policy beside it, and {@link #overall} apart.
 */
public record CouncilReview(String planCode, FiscalYear year, List<CouncilOpinion> opinions) {

    public CouncilReview {
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(year, "year");
        opinions = List.copyOf(opinions);
    }

    /** The opinions about one subject, in the office's order; none when the council said nothing of it. */
    public List<CouncilOpinion> about(ReviewSubject subject) {
        return opinions.stream().filter(opinion -> opinion.subject().equals(subject)).toList();
    }

    /** The opinions on the plan as a whole (総括). */
    public List<CouncilOpinion> overall() {
        return about(new ReviewSubject.Overall());
    }

    /** Every subject the council spoke to, in the order of their first opinion. */
    public Set<ReviewSubject> subjects() {
        Set<ReviewSubject> subjects = new LinkedHashSet<>();
        opinions.forEach(opinion -> subjects.add(opinion.subject()));
        return subjects;
    }

    public boolean isEmpty() {
        return opinions.isEmpty();
    }
}
