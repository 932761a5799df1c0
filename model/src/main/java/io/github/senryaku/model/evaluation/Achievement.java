package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.TargetValue;
import java.math.BigDecimal;

/**
 * Whether a target was met at the end of its time in the plan (達成状況), read from its final evaluation. It
 * asks whether the value reached the target, not which band the rulebook put it in: a rulebook grading
 * against expected progress gives its top grade to a target on track, which is not a target met.
 */
public enum Achievement {
    MET("達成"),
    NOT_MET("未達成"),
    /** No figure (未提出, 未公表) or none that can be judged (a trend whose baseline is still unknown). */
    UNDETERMINED("判定不能");

    private final String japanese;

    Achievement(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    /**
     * A milestone by the state reached; a trend or maintain target by what its grade says it did (moved or
     * held, the rulebook's milestone grades); every other target by the value graded (the figure, sum or mean)
     * against its final target value — not an interim one — in the target's direction.
     */
    public static Achievement of(TargetEvaluation evaluation, GradingRulebook rulebook) {
        if (evaluation.target().isMilestone()) {
            return evaluation.actual().filter(Reported.State.class::isInstance).map(r -> ((Reported.State) r).state())
                    .filter(state -> evaluation.target().stateIndex(state) >= 0)
                    .map(state -> state.equals(((TargetValue.State) evaluation.target().target()).state()) ? MET : NOT_MET)
                    .orElse(UNDETERMINED);
        }
        if (evaluation.measured().isEmpty()) {
            return UNDETERMINED;
        }
        Grade grade = evaluation.grade().grade();
        if (evaluation.target().target() instanceof TargetValue.Trend || evaluation.target().direction() == Direction.MAINTAIN) {
            return grade.equals(rulebook.milestone().reached()) ? MET : grade.equals(rulebook.unrated()) ? UNDETERMINED : NOT_MET;
        }
        BigDecimal value = evaluation.measured().get().value();
        BigDecimal goal = evaluation.target().targetQuantity().orElseThrow().value();
        int comparison = value.compareTo(goal);
        boolean met = evaluation.target().direction() == Direction.DECREASE ? comparison <= 0 : comparison >= 0;
        return met ? MET : NOT_MET;
    }
}
