package io.github.senryaku.batch.finalreport;

import io.github.senryaku.batch.annualreport.SnapshotReader;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.MeasureReport;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a plan's final report shows from the store in one consistent read: every actual of the plan
 * (and the predecessor's figures its baselines inherit), every year's measure reports, which years have any
 * report at all, and the plan that succeeds it, if the plans folder has one.
 */
public final class FinalSnapshotReader {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private FinalSnapshotReader() {
    }

    /** The years of the plan's period that have any report: the others are 未提出 whole. */
    public static Set<FiscalYear> reportedYears(JobResources.Context context, StrategyPlan plan) throws SQLException {
        return context.store().inConsistentRead(connection -> StoredActuals.reportedYears(connection, plan.code()));
    }

    public static FinalReportSnapshot take(JobResources.Context context, StrategyPlan plan) throws SQLException {
        return context.store().inConsistentRead(connection -> {
            List<MeasureReport> measures = SnapshotReader.measureReports(StoredActuals.currentMeasures(connection,
                    plan.code(), Optional.empty()));
            Optional<StrategyPlan> successor = context.plans().library().successors(plan).stream().findFirst();
            return FinalReportSnapshot.of(plan, context.rulebook(), StoredActuals.planActuals(connection, plan),
                    StoredActuals.reportedYears(connection, plan.code()), measures, successor,
                    LocalDate.now(context.clock().withZone(JAPAN)),
                    Files.exists(context.settings().home().resolve(SnapshotReader.SAMPLE_MARKER)));
        });
    }
}
