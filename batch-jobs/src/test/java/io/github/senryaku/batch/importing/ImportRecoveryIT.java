package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What recovery clears in {@code rejected/} before a run (its own class: JBeret's repository is bound to one
 * store per JVM, and failsafe gives each class its own JVM).
 */
class ImportRecoveryIT {

    @TempDir
    Path home;

    /**
     * A process that died after writing a rejected file's error workbook and before recording the rejection
     * leaves a whole workbook no import owns; the file is still in the inbox and is sent back again, under a
     * new name. Recovery removes the orphan (and a half-written {@code .part}) before the run, so the file
     * has one error workbook, not two; a workbook whose rejection was recorded is kept.
     */
    @Test
    void anErrorWorkbookWhoseRejectionWasNeverRecorded_isRemoved_andTheFileHasOneReport() throws Exception {
        Path inbox = home.resolve("inbox");
        Path rejected = home.resolve("rejected");
        ReportWorkbook.xlsx().department("観光政策課").actual("T99-9", "ない指標", "R4", 5, "件", null)
                .writeTo(inbox.resolve("観光政策課_前回.xlsx"));
        try (SenryakuRuntime runtime = start()) {
            DepartmentImports.run(runtime.operator(), runtime.context(), WaitingFiles.in(inbox), new Properties(), r -> { });
        }
        Path earlierReport;
        try (var listing = Files.list(rejected)) {
            earlierReport = listing.filter(f -> f.getFileName().toString().endsWith(Filing.ERROR_REPORT_SUFFIX))
                    .findFirst().orElseThrow();
        }
        ReportWorkbook.xlsx().department("観光政策課").actual("T99-8", "ない指標", "R4", 5, "件", null)
                .writeTo(inbox.resolve("観光政策課_今回.xlsx"));
        Path orphan = Filing.errorReportOf(Filing.destination(rejected, "観光政策課_今回.xlsx",
                Instant.parse("2026-04-10T02:15:00Z")));
        Files.copy(earlierReport, orphan);
        Path partial = rejected.resolve("20260410-021500_観光政策課_今回.xlsx.errors.xlsx.part");
        Files.writeString(partial, "half");

        List<ImportResult> results;
        try (SenryakuRuntime runtime = start()) {
            ImportRecovery.run(runtime.operator(), runtime.context());
            results = DepartmentImports.run(runtime.operator(), runtime.context(), WaitingFiles.in(inbox),
                    new Properties(), r -> { });
        }

        assertEquals(List.of(ImportResult.Kind.REJECTED), results.stream().map(ImportResult::kind).toList());
        assertFalse(Files.exists(orphan), "the unrecorded workbook is removed");
        assertFalse(Files.exists(partial), "the half-written workbook is removed");
        assertTrue(Files.exists(earlierReport), "a recorded rejection keeps its workbook");
        try (var listing = Files.list(rejected)) {
            assertEquals(1, listing.filter(f -> f.getFileName().toString().contains("観光政策課_今回.xlsx")
                    && f.getFileName().toString().endsWith(Filing.ERROR_REPORT_SUFFIX)).count(),
                    "the file sent back again has one error workbook");
        }
    }

    /** Made once: on PostgreSQL each call makes a new schema, and both runtimes must see the same store. */
    private Map<String, String> environment;

    private SenryakuRuntime start() throws Exception {
        if (environment == null) {
            environment = TestStores.environment(home);
        }
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home),
                environment);
        PlansInForce plans = PlansInForce.load(settings);
        return SenryakuRuntime.start(settings, plans, plans.first(), RulebookFileLoader.load(settings.rulebook()));
    }
}
