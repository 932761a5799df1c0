package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;
import java.util.Optional;

/**
 * One change a revision (改訂) makes: a target's new value or year, a renamed target or measure, a target or
 * measure added, or one retired (廃止). Codes are never reused: an added code is new to the plan's whole
 * history, and a retired one stays retired.
 */
public sealed interface RevisionChange {

    /** The target or measure the change is about. */
    PlanCode code();

    /** Why the plan says it changed ({@code 早期達成のため上方修正}); empty when it does not say. */
    String reason();

    /**
     * The plan with this change made.
     *
     * @throws IllegalArgumentException when the plan lacks what the change names, or already has what it adds
     */
    StrategyPlan applyTo(StrategyPlan plan);

    /** The change in a line of Japanese: {@code T3-1の目標値を1,150に変更}. */
    String describe();

    /** {@code {target: T3-1, value: 1150, year: R6}}: a new target value, a new target year, or both. */
    record TargetRetargeted(TargetCode code, Optional<Quantity> value, Optional<FiscalYear> year, Optional<String> note,
            String reason) implements RevisionChange {

        public TargetRetargeted {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(note, "note");
            reason = reason == null ? "" : reason.strip();
            if (value.isEmpty() && year.isEmpty() && note.isEmpty()) {
                throw new IllegalArgumentException(code + ": a retargeting changes the value, the year or the note");
            }
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return PlanEdits.replaceTarget(plan, code, target -> Retargeting.of(target, this));
        }

        @Override
        public String describe() {
            String what = value.map(v -> "目標値を" + v.format()).orElse("")
                    + (value.isPresent() && year.isPresent() ? "（" + year.get().eraLabel() + "）" : "")
                    + (value.isEmpty() ? year.map(y -> "目標年度を" + y.eraLabel()).orElse("注記") : "");
            return code.text() + "の" + what + "に変更";
        }
    }

    /** {@code {target: T2-1, name: …}}: the indicator renamed, or its target reworded. */
    record TargetRenamed(TargetCode code, Optional<String> name, Optional<String> statement, String reason)
            implements RevisionChange {

        public TargetRenamed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(statement, "statement");
            reason = reason == null ? "" : reason.strip();
            if (name.isEmpty() && statement.isEmpty()) {
                throw new IllegalArgumentException(code + ": a renaming gives a name or a statement");
            }
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return PlanEdits.replaceTarget(plan, code, target -> Retargeting.renamed(target, this));
        }

        @Override
        public String describe() {
            return code.text() + "の" + name.map(n -> "名称を「" + n + "」").orElse("")
                    + (name.isPresent() && statement.isPresent() ? "、" : "")
                    + statement.map(s -> "目標の表現を「" + s + "」").orElse("") + "に変更";
        }
    }

    /** {@code add: {code: T3-3, …}}: a target added where its code says. */
    record TargetAdded(NumericalTarget target, String reason) implements RevisionChange {

        public TargetAdded {
            Objects.requireNonNull(target, "target");
            reason = reason == null ? "" : reason.strip();
        }

        @Override
        public TargetCode code() {
            return target.code();
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return PlanEdits.addTarget(plan, target);
        }

        @Override
        public String describe() {
            return target.code().text() + "「" + target.name() + "」を追加";
        }
    }

    /** {@code add: {code: M3-2-2, title: …}}: a measure added under the policy its code names. */
    record MeasureAdded(Measure measure, String reason) implements RevisionChange {

        public MeasureAdded {
            Objects.requireNonNull(measure, "measure");
            reason = reason == null ? "" : reason.strip();
        }

        @Override
        public MeasureCode code() {
            return measure.code();
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return PlanEdits.addMeasure(plan, measure);
        }

        @Override
        public String describe() {
            return measure.code().text() + "「" + measure.title() + "」を追加";
        }
    }

    /** {@code {measure: M3-1-2, title: …}}: a measure reworded. */
    record MeasureRenamed(MeasureCode code, String title, String reason) implements RevisionChange {

        public MeasureRenamed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            reason = reason == null ? "" : reason.strip();
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return PlanEdits.replaceMeasure(plan, code,
                    measure -> new Measure(measure.code(), title, measure.isNew(), measure.department()));
        }

        @Override
        public String describe() {
            return code.text() + "の名称を「" + title + "」に変更";
        }
    }

    /** {@code retire: T4-1}: a target, KPI or measure retired (廃止) from the revision's year on. */
    record Retired(PlanCode code, String reason) implements RevisionChange {

        public Retired {
            Objects.requireNonNull(code, "code");
            if (!(code instanceof TargetCode || code instanceof MeasureCode)) {
                throw new IllegalArgumentException("only a target or a measure is retired: " + code);
            }
            reason = reason == null ? "" : reason.strip();
        }

        @Override
        public StrategyPlan applyTo(StrategyPlan plan) {
            return code instanceof TargetCode target
                    ? PlanEdits.removeTarget(plan, target)
                    : PlanEdits.removeMeasure(plan, (MeasureCode) code);
        }

        @Override
        public String describe() {
            return code.text() + "を廃止";
        }
    }
}
