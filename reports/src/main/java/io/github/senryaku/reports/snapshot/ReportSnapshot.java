package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.council.CouncilReview;
import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.evaluation.TargetEvaluator;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the year-end report (進捗状況報告書) of one fiscal year shows, taken from the store at one
 * moment: the plan evaluated for the year, every target's actuals up to that year, the year's measure
 * reports and budget lines, the files behind them and what is still missing. Renderers read nothing else,
 * so a report can be traced to its data by {@link #sha256()}.
 *
 * @param madeOn the day the report is made (作成日); not part of the hash — the same data made on another
 *               day is the same snapshot
 * @param sample whether the data is sample data (サンプルデータ), marked on every page rendered from it
 * @param council the review council's opinions on the year and the office's responses, printed beside what they
 *                are about; an empty review when the council has said nothing (yet)
 */
public record ReportSnapshot(
        EvaluatedPlan evaluated,
        PlanActuals actuals,
        Map<MeasureCode, MeasureReport> measureReports,
        List<BudgetLine> budgetLines,
        List<SourceFile> sources,
        Submissions submissions,
        LocalDate madeOn,
        boolean sample,
        CouncilReview council) implements TrendSource {

    public ReportSnapshot {
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(actuals, "actuals");
        measureReports = Collections.unmodifiableMap(new LinkedHashMap<>(measureReports));
        budgetLines = List.copyOf(budgetLines);
        sources = List.copyOf(sources);
        Objects.requireNonNull(submissions, "submissions");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(council, "council");
        if (!council.planCode().equals(evaluated.plan().code()) || !council.year().equals(evaluated.year())) {
            throw new IllegalArgumentException("the council's review of " + council.planCode() + " " + council.year().label()
                    + " is not about the snapshot's " + evaluated.plan().code() + " " + evaluated.year().label());
        }
    }

    /** A snapshot of a year the council has said nothing of. */
    public ReportSnapshot(EvaluatedPlan evaluated, PlanActuals actuals, Map<MeasureCode, MeasureReport> measureReports,
            List<BudgetLine> budgetLines, List<SourceFile> sources, Submissions submissions, LocalDate madeOn,
            boolean sample) {
        this(evaluated, actuals, measureReports, budgetLines, sources, submissions, madeOn, sample,
                new CouncilReview(evaluated.plan().code(), evaluated.year(), List.of()));
    }

    /** The same snapshot with the council's opinions on its year. */
    public ReportSnapshot withCouncil(CouncilReview review) {
        return new ReportSnapshot(evaluated, actuals, measureReports, budgetLines, sources, submissions, madeOn, sample,
                review);
    }

    /**
     * Takes the snapshot of a year: actuals after it are left out (a report of R5 made during R7 shows what
     * R5's report showed), and only the year's measure reports and budget lines are kept.
     */
    public static ReportSnapshot of(StrategyPlan plan, GradingRulebook rulebook, FiscalYear year, PlanActuals actuals,
            List<MeasureReport> measureReports, List<BudgetLine> budgetLines, List<SourceFile> sources,
            LocalDate madeOn, boolean sample) {
        Map<TargetCode, ActualSeries> upToYear = new LinkedHashMap<>();
        plan.targets().forEach(target -> upToYear.put(target.code(),
                ActualSeries.of(actuals.of(target.code()).upTo(year))));
        // The predecessor's figures inherited baselines take are kept: a report of the successor grades with them.
        PlanActuals known = new PlanActuals(upToYear).withInheritedBaselines(actuals.inheritedBaselines())
                .withEarlierPlan(actuals.earlierPlan());
        Map<MeasureCode, MeasureReport> reports = new LinkedHashMap<>();
        measureReports.stream().filter(report -> report.year().equals(year))
                .forEach(report -> reports.put(report.code(), report));
        Set<TargetCode> reportedTargets = upToYear.entrySet().stream()
                .filter(entry -> entry.getValue().in(year).isPresent())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new ReportSnapshot(EvaluatedPlan.of(plan, rulebook, known, year), known, reports,
                budgetLines.stream().filter(line -> line.year().equals(year)).toList(), sources,
                Submissions.of(plan, year, reportedTargets, reports.keySet()), madeOn, sample);
    }

    public StrategyPlan plan() {
        return evaluated.plan();
    }

    /**
     * Which version of a revised plan the year is graded against: {@code 改訂版（令和4年3月改訂）の計画で評価} or
     * {@code 改訂前の計画で評価}; empty for a plan never revised.
     */
    public String versionNote() {
        String label = plan().versionLabel();
        return label.isEmpty() ? "" : label + "の計画で評価";
    }

    /** {@code 令和4年度（2022年度）実績}, and the version note of a revised plan. */
    public String yearLine() {
        return year().label() + "実績" + (versionNote().isEmpty() ? "" : "　" + versionNote());
    }

    @Override
    public FiscalYear year() {
        return evaluated.year();
    }

    public GradingRulebook rulebook() {
        return evaluated.rulebook();
    }

    @Override
    public TargetEvaluation evaluation(NumericalTarget target) {
        return evaluated.evaluation(target.code());
    }

    /** The target evaluated as it stood in an earlier year, from the figures known then. */
    @Override
    public TargetEvaluation evaluationIn(NumericalTarget target, FiscalYear earlier) {
        return new TargetEvaluator(rulebook()).evaluate(target, ActualSeries.of(actuals.of(target.code()).upTo(earlier)),
                actuals.inheritedBaseline(target.code()), earlier);
    }

    @Override
    public Optional<Reported> actual(NumericalTarget target, FiscalYear year) {
        return actuals.of(target.code()).in(year);
    }

    /** A continued target's figures in the plan this one succeeds, before this plan's first year shown. */
    @Override
    public Optional<Reported> earlierPlanActual(NumericalTarget target, FiscalYear year) {
        return year.isBefore(firstYearShown(target)) ? actuals.earlierPlanOf(target.code()).in(year) : Optional.empty();
    }

    /**
     * The years a target's row shows: from its baseline year (for a new indicator, which has none, its first
     * year counted) to the report's year or its target year.
     */
    public List<FiscalYear> yearsOf(NumericalTarget target) {
        FiscalYear last = target.target().year().isBefore(year()) ? target.target().year() : year();
        List<FiscalYear> years = new ArrayList<>();
        for (FiscalYear y = firstYearShown(target); !y.isAfter(last); y = y.plus(1)) {
            years.add(y);
        }
        return years;
    }

    /**
     * The first year a target's figures are shown for: its baseline year, or its first year counted when it
     * has no baseline (新規) — that baseline's year is only where the expected path starts, never printed.
     */
    public static FiscalYear firstYearShown(NumericalTarget target) {
        return target.baseline() instanceof Baseline.None ? target.firstYearDue() : target.baseline().year();
    }

    /** The years of a table with a column per year: from the earliest year any target shows to the report's year. */
    public List<FiscalYear> columnYears() {
        FiscalYear first = plan().targets().map(ReportSnapshot::firstYearShown).min(FiscalYear::compareTo)
                .orElse(year());
        List<FiscalYear> years = new ArrayList<>();
        for (FiscalYear y = first; !y.isAfter(year()); y = y.plus(1)) {
            years.add(y);
        }
        return years;
    }

    public Optional<MeasureReport> measureReport(Measure measure) {
        return Optional.ofNullable(measureReports.get(measure.code()));
    }

    /** Whether finance data (予算・決算) exists for the year; without it reports leave the budget columns out. */
    public boolean hasBudget() {
        return !budgetLines.isEmpty();
    }

    public Money budget(Measure measure) {
        return budgetLines.stream().filter(line -> line.measure().equals(Optional.of(measure.code())))
                .reduce(Money.NONE, Money::plus, Money::plus);
    }

    public Money budget(Policy policy) {
        return policy.measures().stream().map(this::budget).reduce(Money.NONE, Money::plus);
    }

    public Money budget(BasicGoal goal) {
        return goal.policies().stream().map(this::budget).reduce(Money.NONE, Money::plus);
    }

    /** Lines funding nothing in the plan (戦略外). */
    public List<BudgetLine> outsideStrategy() {
        return budgetLines.stream().filter(line -> line.measure().isEmpty()).toList();
    }

    /** Measures of the plan no budget line funds. */
    public List<Measure> unfundedMeasures() {
        Set<MeasureCode> funded = budgetLines.stream().flatMap(line -> line.measure().stream()).collect(Collectors.toSet());
        return plan().measures().filter(measure -> !funded.contains(measure.code())).toList();
    }

    /** Every figure the target has up to the year, by year. */
    public TreeMap<FiscalYear, Reported> series(NumericalTarget target) {
        return new TreeMap<>(actuals.of(target.code()).byYear());
    }

    /** SHA-256 over the snapshot's canonical content: the same data gives the same hash on any machine. */
    public String sha256() {
        return SnapshotHash.of(this);
    }
}
