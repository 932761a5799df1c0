package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.evaluation.EvaluatedYear;
import io.github.senryaku.model.evaluation.FinalEvaluation;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanRevision;
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
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the final report (最終評価) of a plan shows, taken from the store at one moment: the plan
 * evaluated over its whole period, the measure reports of every year, the revisions, the years with no
 * report (未提出) and the successor plan that carries targets on. Renderers read nothing else, so a report can
 * be traced to its data by {@link #sha256()}.
 *
 * <p>Invariants: the actuals and measure reports are those of the period and before (a successor's years are
 * not this plan's); a successor, when given, names this plan in {@code succeeds}.
 *
 * @param measureReports by measure, then year
 * @param successor      the plan that follows this one (第2次 → 第3次), if it is in the plans folder
 * @param madeOn         the day the report is made (作成日); not part of the hash
 * @param sample         whether the data is sample data (サンプルデータ), marked on every page
 */
public record FinalReportSnapshot(
        FinalEvaluation evaluation,
        PlanActuals actuals,
        Map<MeasureCode, SortedMap<FiscalYear, MeasureReport>> measureReports,
        Optional<StrategyPlan> successor,
        LocalDate madeOn,
        boolean sample) {

    public FinalReportSnapshot {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(actuals, "actuals");
        Map<MeasureCode, SortedMap<FiscalYear, MeasureReport>> copy = new LinkedHashMap<>();
        measureReports.forEach((code, byYear) -> copy.put(code, Collections.unmodifiableSortedMap(new TreeMap<>(byYear))));
        measureReports = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(successor, "successor");
        String code = evaluation.plan().code();
        successor.filter(next -> !next.succeeds().equals(Optional.of(code))).ifPresent(next -> {
            throw new IllegalArgumentException(next.code() + " does not succeed " + code);
        });
        Objects.requireNonNull(madeOn, "madeOn");
    }

    /**
     * Takes the snapshot of a plan's period: actuals and measure reports after its last year are left out.
     *
     * @param plan      the plan as written, revisions and all
     * @param submitted the years of the period that have any report at all; the others print 未提出
     */
    public static FinalReportSnapshot of(StrategyPlan plan, GradingRulebook rulebook, PlanActuals actuals,
            Set<FiscalYear> submitted, List<MeasureReport> measureReports, Optional<StrategyPlan> successor,
            LocalDate madeOn, boolean sample) {
        FiscalYear last = plan.period().to();
        PlanActuals known = actuals.upTo(last);
        Map<MeasureCode, SortedMap<FiscalYear, MeasureReport>> reports = new LinkedHashMap<>();
        measureReports.stream().filter(report -> plan.period().contains(report.year()))
                .forEach(report -> reports.computeIfAbsent(report.code(), code -> new TreeMap<>()).put(report.year(), report));
        return new FinalReportSnapshot(FinalEvaluation.of(plan, rulebook, known, submitted), known, reports, successor,
                madeOn, sample);
    }

    public StrategyPlan plan() {
        return evaluation.plan();
    }

    public GradingRulebook rulebook() {
        return evaluation.rulebook();
    }

    public List<FiscalYear> years() {
        return evaluation.periodYears();
    }

    public List<EvaluatedYear> evaluatedYears() {
        return evaluation.years();
    }

    /** The years of the period with no report at all, printed 未提出 wherever a year's column would be. */
    public List<FiscalYear> missingYears() {
        return evaluation.missingYears();
    }

    public boolean isMissing(FiscalYear year) {
        return !evaluation.isSubmitted(year);
    }

    public List<TargetCourse> targets() {
        return evaluation.targets();
    }

    public List<PlanRevision> revisions() {
        return plan().revisions();
    }

    /**
     * Every measure the plan has had, as it last stood: renamed by a revision, or as it was when retired.
     */
    public List<Measure> measures() {
        List<FiscalYear> latestFirst = new ArrayList<>(years());
        Collections.reverse(latestFirst);
        return plan().history().measuresEver().map(measure -> latestFirst.stream()
                .flatMap(year -> evaluation.year(year).plan().measure(measure.code()).stream()).findFirst().orElse(measure))
                .toList();
    }

    public Optional<MeasureReport> measureReport(Measure measure, FiscalYear year) {
        return Optional.ofNullable(measureReports.getOrDefault(measure.code(), Collections.emptySortedMap()).get(year));
    }

    /** The successor's target that continues this one ({@code continues: T3-1}), if the successor has one. */
    public Optional<NumericalTarget> continuation(TargetCode code) {
        return successor.flatMap(next -> next.targets().filter(t -> t.continues().equals(Optional.of(code))).findFirst());
    }

    /**
     * What a target's trend chart plots: its figures up to the last year it was in force (a retired target's
     * line stops at its retirement), its final evaluation's baseline, and for a sum the running total of
     * each year as that year graded it.
     */
    public TrendSource trendOf(TargetCourse course) {
        return new CourseTrend(this, course);
    }

    /** SHA-256 over the snapshot's canonical content: the same data gives the same hash on any machine. */
    public String sha256() {
        return FinalSnapshotHash.of(this);
    }
}
