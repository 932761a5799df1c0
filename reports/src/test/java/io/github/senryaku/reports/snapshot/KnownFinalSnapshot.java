package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.testing.KnownPeriod;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The final report of Kanazawa's plan with its サンプル revisions over R2–R6: {@link KnownPeriod}'s figures (R5
 * has no report at all; T3-1 revised in R4 and R5, T4-1 retired from R5, K3-2-1 added in R4) and measure
 * reports of several years, followed by {@code config/plans/sample-successor.yaml}, which continues T1-1, T2-1
 * and T3-1.
 */
public final class KnownFinalSnapshot {

    public static final LocalDate MADE_ON = LocalDate.of(2025, 7, 31);

    private KnownFinalSnapshot() {
    }

    public static FinalReportSnapshot kanazawa() throws Exception {
        return kanazawa(MADE_ON, true);
    }

    public static FinalReportSnapshot kanazawa(LocalDate madeOn, boolean sample) throws Exception {
        Path dir = Files.createTempDirectory("final-snapshot");
        try {
            return FinalReportSnapshot.of(PlanFileLoader.load(RevisedKanazawa.writeTo(dir)),
                    RulebookFileLoader.load(ProjectFiles.defaultRulebook()), KnownPeriod.actuals(), KnownPeriod.submitted(),
                    measureReports(), Optional.of(PlanFileLoader.load(ProjectFiles.config("plans/sample-successor.yaml"))),
                    madeOn, sample);
        } finally {
            Files.deleteIfExists(dir.resolve("kanazawa-2nd.yaml"));
            Files.deleteIfExists(dir);
        }
    }

    static List<MeasureReport> measureReports() {
        MeasureCode gift = new MeasureCode(1, 1, 1);
        MeasureCode tourismDx = new MeasureCode(3, 2, 2);
        return List.of(
                new MeasureReport(gift, KnownPeriod.R2, "実施中", "継続", "", "", "", "こども未来課", "こども未来課_R2.xlsx"),
                new MeasureReport(gift, KnownPeriod.R4, "実施中", "拡充", "", "", "", "こども未来課", "こども未来課_R4.xlsx"),
                new MeasureReport(gift, KnownPeriod.R6, "完了", "終了", "", "", "", "こども未来課", "こども未来課_R6.xlsx"),
                new MeasureReport(tourismDx, KnownPeriod.R4, "着手", "拡充", "", "", "", "観光政策課", "観光政策課_R4.xlsx"));
    }
}
