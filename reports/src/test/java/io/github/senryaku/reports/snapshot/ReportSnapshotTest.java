package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.github.senryaku.model.evaluation.Band;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.Threshold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportSnapshotTest {

    @Test
    void evaluatesTheYear_andKeepsOnlyItsMeasureReportsAndBudget() throws Exception {
        ReportSnapshot snapshot = KnownSnapshot.r6();

        assertEquals("C", snapshot.evaluated().evaluation(new TargetCode(2, 1)).grade().grade().code());
        assertEquals(new BigDecimal("50.00"), snapshot.evaluated().evaluation(new TargetCode(2, 1)).rate().get().rounded());
        assertEquals(2, snapshot.measureReports().size(), "the R5 report of M2-1-1 is left out");
        assertEquals(1, snapshot.outsideStrategy().size());
        assertEquals(new BigDecimal("62000000"), snapshot.plan().goals().stream().map(snapshot::budget)
                .map(Money::budget).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("90.0"), snapshot.budget(snapshot.plan().goals().get(0)).executionRate().get());
        assertTrue(snapshot.submissions().goals().get(3).targets().get(0).missing(), "T4-1 has no R6 figure");
    }

    @Test
    void actualsAfterTheYear_areLeftOut() throws Exception {
        Map<TargetCode, ActualSeries> later = new HashMap<>(KnownSnapshot.actuals().byTarget());
        TreeMap<FiscalYear, Reported> withR7 = new TreeMap<>(later.get(new TargetCode(2, 1)).byYear());
        withR7.put(FiscalYear.of(2025), figure("1700"));
        later.put(new TargetCode(2, 1), ActualSeries.of(withR7));

        ReportSnapshot snapshot = KnownSnapshot.r6(new PlanActuals(later), KnownSnapshot.MADE_ON, true);

        assertEquals(KnownSnapshot.r6().sha256(), snapshot.sha256(), "an R7 figure does not change the R6 snapshot");
        assertTrue(snapshot.series(snapshot.plan().target(new TargetCode(2, 1)).orElseThrow()).lastKey()
                .equals(KnownSnapshot.R6));
    }

    @Test
    void hash_isTheSameForTheSameData_onAnotherDay_andChangesWithOneFigure() throws Exception {
        String hash = KnownSnapshot.r6().sha256();
        assertEquals(64, hash.length());
        assertEquals(hash, KnownSnapshot.r6(KnownSnapshot.actuals(), LocalDate.of(2026, 1, 5), true).sha256());

        Map<TargetCode, ActualSeries> changed = new HashMap<>(KnownSnapshot.actuals().byTarget());
        TreeMap<FiscalYear, Reported> t41 = new TreeMap<>(changed.get(new TargetCode(4, 1)).byYear());
        t41.put(FiscalYear.of(2023), figure("94"));
        changed.put(new TargetCode(4, 1), ActualSeries.of(t41));
        assertNotEquals(hash, KnownSnapshot.r6(new PlanActuals(changed), KnownSnapshot.MADE_ON, true).sha256());
        assertNotEquals(hash, KnownSnapshot.r6(KnownSnapshot.actuals(), KnownSnapshot.MADE_ON, false).sha256(),
                "sample data and real data never share a hash");
    }

    /**
     * The known snapshot's hash, pinned: a change to the canonical text (a field added, an order changed)
     * must be deliberate, and then this value changes with it (so does an edit of the Kanazawa plan file).
     */
    static final String KNOWN_HASH = "ca6daecefc4945855f7937b3846e0bba03ca117a1179b735cf052f365674fe21";

    @Test
    void hash_isPinned() throws Exception {
        assertEquals(KNOWN_HASH, KnownSnapshot.r6().sha256());
    }

    @Test
    void hash_doesNotDependOnTheOrderBudgetLinesAndSourcesComeIn() throws Exception {
        ReportSnapshot known = KnownSnapshot.r6();
        List<BudgetLine> budget = new ArrayList<>(known.budgetLines());
        List<SourceFile> sources = new ArrayList<>(known.sources());
        Collections.reverse(budget);
        Collections.reverse(sources);
        ReportSnapshot shuffled = new ReportSnapshot(known.evaluated(), known.actuals(), known.measureReports(), budget,
                sources, known.submissions(), known.madeOn(), known.sample());

        assertEquals(known.sha256(), shuffled.sha256());
    }

    @Test
    void hash_coversTheRulebook_notOnlyItsName() throws Exception {
        ReportSnapshot known = KnownSnapshot.r6();
        GradingRulebook rulebook = known.rulebook();
        List<Band> bands = new ArrayList<>(rulebook.bands());
        bands.set(0, new Band(bands.get(0).grade(), new Threshold.AtLeast(new BigDecimal("90")), bands.get(0).description()));
        GradingRulebook lenient = new GradingRulebook(rulebook.code(), rulebook.name(), rulebook.description(),
                rulebook.basis(), rulebook.grades(), bands, rulebook.unrated(), rulebook.milestone());
        ReportSnapshot other = new ReportSnapshot(new EvaluatedPlan(known.plan(), lenient, known.year(),
                known.evaluated().evaluations()), known.actuals(), known.measureReports(), known.budgetLines(),
                known.sources(), known.submissions(), known.madeOn(), known.sample());

        assertNotEquals(known.sha256(), other.sha256());
    }

    @Test
    void canonicalText_hasOneEscapedLinePerFact() throws Exception {
        String canonical = SnapshotHash.canonical(KnownSnapshot.r6());

        assertTrue(canonical.startsWith(SnapshotHash.VERSION + "\nplan\tkanazawa-2nd\t"), canonical);
        assertTrue(canonical.contains("\nactual\tT2-1\t2024\t1900\n"), canonical);
        assertTrue(canonical.contains("\nactual\tT1-1\t2024\tunpublished:集計中\n"), canonical);
        assertTrue(canonical.contains("\nactual\tT3-2\t2024\tstate:整備\n"), canonical);
        assertTrue(canonical.contains("\nbudget\tB-900\t庁舎維持管理\t\t3000000\t2900000\t一般財源\n"), canonical);
    }
}
