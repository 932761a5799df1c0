package io.github.senryaku.model.council;

import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.TargetCode;
import java.text.Normalizer;
import java.util.Optional;

/**
 * What a council's opinion is about: a basic goal (基本目標), a numerical target or KPI (数値目標・KPI), a main
 * policy (主要施策), or the plan as a whole (総括). A measure (取組) is not a subject of its own: the council speaks
 * to the policy it serves.
 */
public sealed interface ReviewSubject {

    /** The text the workbook and the store write: {@code G1}, {@code T1-2}, {@code K1-2-1}, {@code P1-2}, {@code 総括}. */
    String text();

    /** The plan as a whole (総括). */
    record Overall() implements ReviewSubject {
        public static final String TEXT = "総括";

        @Override
        public String text() {
            return TEXT;
        }
    }

    record Goal(GoalCode code) implements ReviewSubject {
        @Override
        public String text() {
            return code.text();
        }
    }

    /** A plan-wide target, a goal's numerical target or a policy's KPI. */
    record Target(TargetCode code) implements ReviewSubject {
        @Override
        public String text() {
            return code.text();
        }
    }

    record Policy(PolicyCode code) implements ReviewSubject {
        @Override
        public String text() {
            return code.text();
        }
    }

    /** A plan code as a subject; empty for a measure code, which is no subject. */
    static Optional<ReviewSubject> of(PlanCode code) {
        if (code instanceof GoalCode goal) {
            return Optional.of(new Goal(goal));
        }
        if (code instanceof TargetCode target) {
            return Optional.of(new Target(target));
        }
        return code instanceof PolicyCode policy ? Optional.of(new Policy(policy)) : Optional.empty();
    }

    /** {@code 総括} (full-width and spaces forgiven) or a goal, target, KPI or policy code as people type it. */
    static Optional<ReviewSubject> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (compact.equals(Overall.TEXT)) {
            return Optional.of(new Overall());
        }
        return PlanCode.parse(typed).flatMap(ReviewSubject::of);
    }
}
