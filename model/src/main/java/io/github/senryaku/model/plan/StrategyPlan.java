package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A municipality's comprehensive strategy (総合戦略). Goals are held in number order, whatever order the
 * plan's text prints them in.
 *
 * <p>A plan as its file writes it holds the original targets and measures and its revisions (改訂) apart;
 * {@link #inForce} gives the plan a year is graded against. Every version keeps the whole list of
 * revisions, and {@code revisionsApplied} says how many of them (in order) its goals and targets
 * reflect: 0 for the plan as written.
 *
 * @param code             a short identifier of the plan file ({@code kanazawa-2nd})
 * @param basisLaw         the law the plan is made under (まち・ひと・しごと創生法)
 * @param summary          the plan's own summary paragraph; may be empty
 * @param overallTargets   the plan-wide targets (全体目標, {@code T0-<n>}), printed first
 * @param succeeds         the code of the plan this one follows (第2次 → 第3次), if it names one
 * @param revisions        the plan's revisions, in order of the year they take effect, each year once
 * @param revisionsApplied how many of the revisions, from the first, this version's targets reflect
 */
public record StrategyPlan(
        String code,
        String title,
        String municipality,
        PlanPeriod period,
        String basisLaw,
        String summary,
        List<NumericalTarget> overallTargets,
        List<BasicGoal> goals,
        List<GlossaryTerm> glossary,
        Optional<String> succeeds,
        List<PlanRevision> revisions,
        int revisionsApplied) {

    public StrategyPlan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        basisLaw = basisLaw == null ? "" : basisLaw;
        summary = summary == null ? "" : summary;
        overallTargets = List.copyOf(overallTargets);
        goals = goals.stream().sorted(Comparator.comparingInt(BasicGoal::number)).toList();
        glossary = List.copyOf(glossary);
        Objects.requireNonNull(succeeds, "succeeds");
        revisions = List.copyOf(revisions);
        List<TargetCode> kpis = goals.stream().flatMap(BasicGoal::kpis).map(NumericalTarget::code).toList();
        goals.stream().flatMap(goal -> goal.policies().stream()).flatMap(policy -> policy.reprints().stream())
                .filter(reprint -> !kpis.contains(reprint)).findFirst().ifPresent(missing -> {
                    throw new IllegalArgumentException(code + ": reprinted KPI " + missing + " is not in the plan");
                });
        if (succeeds.filter(code::equals).isPresent()) {
            throw new IllegalArgumentException(code + ": a plan cannot succeed itself");
        }
        for (int i = 0; i < revisions.size(); i++) {
            FiscalYear effective = revisions.get(i).effective();
            if (!period.contains(effective) || i > 0 && !effective.isAfter(revisions.get(i - 1).effective())) {
                throw new IllegalArgumentException(code + ": revisions take effect inside the period, in year order, "
                        + "one a year: " + effective);
            }
        }
        if (revisionsApplied < 0 || revisionsApplied > revisions.size()) {
            throw new IllegalArgumentException(code + ": " + revisionsApplied + " of " + revisions.size() + " revisions applied");
        }
    }

    /** A plan without revisions and without a predecessor. */
    public StrategyPlan(String code, String title, String municipality, PlanPeriod period, String basisLaw,
            String summary, List<NumericalTarget> overallTargets, List<BasicGoal> goals, List<GlossaryTerm> glossary) {
        this(code, title, municipality, period, basisLaw, summary, overallTargets, goals, glossary, Optional.empty(),
                List.of(), 0);
    }

    /** A plan without plan-wide targets. */
    public StrategyPlan(String code, String title, String municipality, PlanPeriod period, String basisLaw,
            String summary, List<BasicGoal> goals, List<GlossaryTerm> glossary) {
        this(code, title, municipality, period, basisLaw, summary, List.of(), goals, glossary);
    }

    /**
     * The plan a year is graded against: the original with every revision that has taken effect by then
     * (改訂版), or the original itself when none has (改訂前). A target retired by a revision is absent from
     * its effective year on; earlier years see it as it was.
     *
     * @throws IllegalStateException when this version already reflects a revision that takes effect after
     *                               the year: a revision cannot be undone, ask the plan as written
     */
    public StrategyPlan inForce(FiscalYear year) {
        int due = revisionsBy(year).size();
        if (due < revisionsApplied) {
            throw new IllegalStateException(code + ": this version reflects " + revisionsApplied
                    + " revisions, " + year.shortCode() + " only " + due + "; ask the plan as written");
        }
        StrategyPlan plan = this;
        for (PlanRevision revision : revisions.subList(revisionsApplied, due)) {
            plan = revision.applyTo(plan);
        }
        return plan.revisionsApplied == due ? plan : plan.withRevisionsApplied(due);
    }

    /** The revisions in force in a year: those that take effect in it or before. */
    public List<PlanRevision> revisionsBy(FiscalYear year) {
        return revisions.stream().filter(revision -> revision.isInForceIn(year)).toList();
    }

    /** Whether a year is graded against a revised plan (改訂版) rather than the original (改訂前). */
    public boolean isRevisedIn(FiscalYear year) {
        return !revisionsBy(year).isEmpty();
    }

    /** The revisions this version reflects, in order. */
    public List<PlanRevision> appliedRevisions() {
        return revisions.subList(0, revisionsApplied);
    }

    public boolean isRevised() {
        return revisionsApplied > 0;
    }

    /**
     * How a report names this version: {@code 改訂版（令和4年3月改訂）} after the latest revision it
     * reflects, {@code 改訂前} for the original of a plan that has revisions, and nothing for a plan that
     * was never revised.
     */
    public String versionLabel() {
        if (revisions.isEmpty()) {
            return "";
        }
        return isRevised() ? "改訂版（" + revisions.get(revisionsApplied - 1).title() + "）" : "改訂前";
    }

    /** What the revisions did to the plan over its period: every code's versions, retirements. */
    public PlanHistory history() {
        return new PlanHistory(this);
    }

    /**
     * Every indicator that takes actuals, each once, in print order: plan-wide targets, then per goal its
     * numerical targets and its policies' own KPIs.
     */
    public Stream<NumericalTarget> targets() {
        return Stream.concat(overallTargets.stream(), goals.stream().flatMap(BasicGoal::indicators));
    }

    /** The basic goals' numerical targets (数値目標) only. */
    public Stream<NumericalTarget> numericalTargets() {
        return goals.stream().flatMap(goal -> goal.targets().stream());
    }

    /** The policies' own KPIs, without reprints. */
    public Stream<NumericalTarget> kpis() {
        return policies().flatMap(policy -> policy.targets().stream());
    }

    public Stream<Policy> policies() {
        return goals.stream().flatMap(goal -> goal.policies().stream());
    }

    public Stream<Measure> measures() {
        return policies().flatMap(policy -> policy.measures().stream());
    }

    public Optional<NumericalTarget> target(TargetCode code) {
        return targets().filter(target -> target.code().equals(code)).findFirst();
    }

    public Optional<Measure> measure(MeasureCode code) {
        return measures().filter(measure -> measure.code().equals(code)).findFirst();
    }

    public Optional<BasicGoal> goal(GoalCode code) {
        return goals.stream().filter(goal -> goal.code().equals(code)).findFirst();
    }

    public Optional<Policy> policy(PolicyCode code) {
        return policies().filter(policy -> policy.code().equals(code)).findFirst();
    }

    /** A policy's KPIs as printed under it: its own, then the reprinted ones (再掲). */
    public List<NumericalTarget> kpisPrintedUnder(Policy policy) {
        return Stream.concat(policy.targets().stream(),
                policy.reprints().stream().map(code -> target(code).orElseThrow())).toList();
    }

    /** The same plan with other goals and plan-wide targets: what a revision's change makes. */
    StrategyPlan withContent(List<NumericalTarget> overall, List<BasicGoal> newGoals) {
        return new StrategyPlan(code, title, municipality, period, basisLaw, summary, overall, newGoals, glossary,
                succeeds, revisions, revisionsApplied);
    }

    private StrategyPlan withRevisionsApplied(int applied) {
        return new StrategyPlan(code, title, municipality, period, basisLaw, summary, overallTargets, goals, glossary,
                succeeds, revisions, applied);
    }
}
