package io.github.senryaku.batch.annualreport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.CouncilOpinions;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Takes a year's report snapshot from the store in one repeatable-read transaction, so actuals, measure
 * reports, budget lines, sources and the council's opinions are read as of one moment even while an import lands.
 */
public final class SnapshotReader {

    /** A data folder holding this file is sample data (the demo's); everything rendered from it says so. */
    public static final String SAMPLE_MARKER = "SAMPLE-DATA.txt";

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private SnapshotReader() {
    }

    /** Stored measure reports as the reports show them (a record whose code is no measure code is left out). */
    public static List<MeasureReport> measureReports(List<StoredActuals.MeasureRecord> records) {
        return records.stream()
                .flatMap(record -> PlanCode.parse(record.code()).filter(MeasureCode.class::isInstance)
                        .map(code -> new MeasureReport((MeasureCode) code, record.year(), record.status(),
                                record.direction(), record.content(), record.result(), record.issue(),
                                record.department(), record.file())).stream())
                .toList();
    }

    /**
     * The year's snapshot of the context's plan, graded against the version in force that year (its
     * revisions effective by then, none later).
     */
    public static ReportSnapshot take(JobResources.Context context, StrategyPlan plan, FiscalYear year) throws SQLException {
        return context.store().inConsistentRead(connection -> {
            List<MeasureReport> measures = measureReports(StoredActuals.currentMeasures(connection, plan.code(),
                    Optional.of(year)));
            return ReportSnapshot.of(plan.inForce(year), context.rulebook(), year, StoredActuals.planActuals(connection, plan),
                    measures, BudgetLines.current(connection, plan.code(), year),
                    ImportLedger.sourcesOfReport(connection, plan.code(), year), LocalDate.now(context.clock().withZone(JAPAN)),
                    Files.exists(context.settings().home().resolve(SAMPLE_MARKER)))
                    .withCouncil(CouncilOpinions.current(connection, plan.code(), year));
        });
    }
}
