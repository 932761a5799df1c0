package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash of a plan of every target shape covers what those shapes add: their targets, actuals, shapes and notes. */
class ShapesSnapshotHashTest {

    private static ReportSnapshot withActual(TargetCode code, String year, String value) throws Exception {
        Map<TargetCode, ActualSeries> changed = new HashMap<>(ShapesSnapshot.actuals().byTarget());
        TreeMap<FiscalYear, Reported> series = new TreeMap<>(changed.getOrDefault(code, ActualSeries.NONE).byYear());
        series.put(FiscalYear.parse(year), figure(value));
        changed.put(code, ActualSeries.of(series));
        return ReportSnapshot.of(ShapesSnapshot.plan(), RulebookFileLoader.load(ProjectFiles.defaultRulebook()),
                ShapesSnapshot.R5, new PlanActuals(changed), List.of(), List.of(), List.of(), ShapesSnapshot.MADE_ON, true);
    }

    private static ReportSnapshot plain() throws Exception {
        return ReportSnapshot.of(ShapesSnapshot.plan(), RulebookFileLoader.load(ProjectFiles.defaultRulebook()),
                ShapesSnapshot.R5, ShapesSnapshot.actuals(), List.of(), List.of(), List.of(), ShapesSnapshot.MADE_ON, true);
    }

    @Test
    void canonicalText_holdsPlanWideTargets_kpis_reprints_shapesAndNotes() throws Exception {
        String canonical = SnapshotHash.canonical(ShapesSnapshot.r5());

        assertTrue(canonical.contains("\ntarget\tT0-2\t総人口\t総人口10万人を維持\t人\tMAINTAIN\t"), canonical);
        assertTrue(canonical.contains("\nshape\tT0-2\tLEVEL\t2021\t2020|2025\t\t2\n"), canonical);
        assertTrue(canonical.contains("\nshape\tT1-1\tCUMULATIVE\t2021\t\t2023=150\t\n"), canonical);
        assertTrue(canonical.contains("\nnote\tT1-1\tbaseline\t2016～2020年度の累計\n"), canonical);
        assertTrue(canonical.contains("\nnote\tT1-1\ttarget\t令和3～8年度の累計\n"), canonical);
        assertTrue(canonical.contains("\nnote\tK1-1-2\treference\t県の調査による参考値\n"), canonical);
        assertTrue(canonical.contains("\tK1-1-2\t産学官の連携件数\t\t件\tINCREASE\tFISCAL_YEAR\t2020=none\t2026=100\t"), canonical);
        assertTrue(canonical.contains("\t2026=each:0\t"), "K1-2-1 毎年度ゼロ: " + canonical);
        assertTrue(canonical.contains("\t2026=trend\t"), "K2-1-2 増加: " + canonical);
        assertTrue(canonical.contains("\nreprint\tP1-2\tK1-1-1\n"), canonical);
        assertTrue(canonical.contains("\nactual\tK1-1-1\t2023\t29\n"), canonical);
        assertTrue(canonical.indexOf("\ntarget\tT0-1\t") < canonical.indexOf("\ngoal\tG1\t"), "plan-wide targets first");
    }

    @Test
    void hash_changesWithAFigureOfAPlanWideTargetOrAKpi() throws Exception {
        String hash = plain().sha256();

        assertEquals(hash, plain().sha256());
        assertNotEquals(hash, withActual(new TargetCode(0, 1), "R5", "1.44").sha256());
        assertNotEquals(hash, withActual(new TargetCode(1, 1, 1), "R5", "30").sha256());
        assertNotEquals(hash, withActual(new TargetCode(1, 2, 1), "R5", "1").sha256());
    }

    @Test
    void hash_changesWithANoteOrAnInterimValue(@TempDir Path dir) throws Exception {
        String text = Files.readString(ProjectFiles.config("plans/sample-shapes.yaml"));
        String hash = plain().sha256();

        assertNotEquals(hash, hashOf(dir, text.replace("note: 県の調査による参考値", "note: 県の調査")));
        assertNotEquals(hash, hashOf(dir, text.replace("interim: [{year: R5, value: 150}]", "interim: [{year: R5, value: 160}]")));
        assertEquals(hash, hashOf(dir, text.replace("# 全体目標 (T0-<n>), printed first", "")), "a comment is not data");
    }

    private static String hashOf(Path dir, String planText) throws Exception {
        Path plan = dir.resolve("plan-" + planText.hashCode() + ".yaml");
        Files.writeString(plan, planText);
        return ReportSnapshot.of(io.github.senryaku.model.planfile.PlanFileLoader.load(plan),
                RulebookFileLoader.load(ProjectFiles.defaultRulebook()), ShapesSnapshot.R5, ShapesSnapshot.actuals(),
                List.of(), List.of(), List.of(), ShapesSnapshot.MADE_ON, true).sha256();
    }
}
