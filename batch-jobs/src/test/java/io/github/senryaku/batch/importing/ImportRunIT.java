package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.DepartmentImportJob;
import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.departmentimport.ReportWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many files in one run of the import job: each file stays atomic on its own, and is told in the run's order. A file
 * sent back among good ones changes nothing but itself; a file with the content of another of the same run is
 * a duplicate; two files reporting the same target and year land in name order, the later one current.
 */
class ImportRunIT {

    @TempDir
    Path home;

    @Test
    void oneBadFileAmongGoodOnes_theGoodLand_theBadIsSentBack_nothingElseChanges() throws Exception {
        Path inbox = home.resolve("inbox");
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R3", 1000, "万人", null)
                .writeTo(inbox.resolve("観光政策課_1.xlsx"));
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R4", 1050, "万人", null)
                .actual("T99-9", "ない指標", "R4", 5, "件", null).writeTo(inbox.resolve("観光政策課_2_誤り.xlsx"));
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R4", 1060, "万人", null)
                .writeTo(inbox.resolve("観光政策課_3.xlsx"));
        Files.copy(inbox.resolve("観光政策課_3.xlsx"), inbox.resolve("観光政策課_4_写し.xlsx"));
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R5", 1070, "万人", null)
                .writeTo(inbox.resolve("観光政策課_5.xlsx"));
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R5", 1080, "万人", "改めて集計")
                .writeTo(inbox.resolve("観光政策課_6_訂正.xlsx"));

        List<ImportResult> told = new ArrayList<>();
        List<ImportResult> results;
        try (SenryakuRuntime runtime = start()) {
            results = DepartmentImports.run(runtime.operator(), runtime.context(), WaitingFiles.in(inbox),
                    new Properties(), told::add);

            assertEquals(results, told, "each file is told as it ends, and the run returns the same");
            // Landings wait for a shared sync before they are told; the bad file and the duplicate (sent back and
            // filed by the landing step) are told only after the landings before them.
            assertEquals(List.of("観光政策課_1.xlsx", "観光政策課_2_誤り.xlsx", "観光政策課_3.xlsx", "観光政策課_4_写し.xlsx",
                    "観光政策課_5.xlsx", "観光政策課_6_訂正.xlsx"), told.stream().map(ImportResult::fileName).toList(),
                    "told in the run's order");
            assertEquals(Map.of("観光政策課_1.xlsx", ImportResult.Kind.LANDED,
                    "観光政策課_2_誤り.xlsx", ImportResult.Kind.REJECTED,
                    "観光政策課_3.xlsx", ImportResult.Kind.LANDED,
                    "観光政策課_4_写し.xlsx", ImportResult.Kind.DUPLICATE,
                    "観光政策課_5.xlsx", ImportResult.Kind.LANDED,
                    "観光政策課_6_訂正.xlsx", ImportResult.Kind.LANDED), kinds(results));
            assertEquals(1, count(runtime, "SELECT COUNT(*) FROM import_run"), "one run");
            assertEquals(1, runtime.operator().getJobInstanceCount(DepartmentImportJob.NAME), "one job execution");
            long execution = results.stream().filter(r -> r.kind() == ImportResult.Kind.LANDED).findFirst()
                    .orElseThrow().executionId();
            assertEquals("DUPLICATE 1, LANDED 4, REJECTED 1", runtime.operator().getJobExecution(execution).getExitStatus());

            // Current values: R3 from file 1, R4 from file 3 (the bad file's 1050 never landed), R5 from file 6.
            assertEquals(List.of("2021|1000", "2022|1060", "2023|1080"), strings(runtime, "SELECT a.fiscal_year, a.figure"
                    + " FROM actual a JOIN import_file f ON f.id = a.import_file_id WHERE f.status = 'LANDED'"
                    + " AND a.superseded_at IS NULL AND a.target_code = 'T3-1' ORDER BY a.fiscal_year"));
            assertEquals(List.of("2023|1070"), strings(runtime, "SELECT a.fiscal_year, a.figure FROM actual a"
                    + " WHERE a.superseded_at IS NOT NULL"), "file 5's value stays as history, superseded by file 6");
            assertEquals(0, count(runtime, "SELECT COUNT(*) FROM actual a JOIN import_file f ON f.id = a.import_file_id"
                    + " WHERE f.status <> 'LANDED'"), "nothing of the bad file or the duplicate is kept");
        }
        assertEquals(List.of(), WaitingFiles.in(inbox), "every file was filed");
        assertTrue(Files.exists(home.resolve("rejected")), "the bad file went back");
        try (var listing = Files.list(home.resolve("rejected"))) {
            assertEquals(2, listing.filter(f -> f.getFileName().toString().contains("観光政策課_2_誤り.xlsx")).count(),
                    "the bad file and its error workbook");
        }
        try (var listing = Files.list(home.resolve("archive"))) {
            assertEquals(5, listing.count());
        }
        ImportResult rejected = results.stream().filter(r -> r.kind() == ImportResult.Kind.REJECTED)
                .findFirst().orElseThrow();
        assertTrue(rejected.problems().stream().anyMatch(p -> p.describe().contains("T99-9")), rejected.problems().toString());
        assertFalse(rejected.problems().isEmpty());
    }

    private SenryakuRuntime start() throws Exception {
        Map<String, String> environment = TestStores.environment(home);
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home), environment);
        PlansInForce plans = PlansInForce.load(settings);
        return SenryakuRuntime.start(settings, plans, plans.first(), RulebookFileLoader.load(settings.rulebook()));
    }

    private static Map<String, ImportResult.Kind> kinds(List<ImportResult> results) {
        Map<String, ImportResult.Kind> kinds = new java.util.HashMap<>();
        results.forEach(r -> kinds.put(r.fileName(), r.kind()));
        return kinds;
    }

    private static long count(SenryakuRuntime runtime, String sql) throws Exception {
        return runtime.store().inTransaction(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> strings(SenryakuRuntime runtime, String sql) throws Exception {
        return runtime.store().inTransaction(c -> {
            List<String> rows = new ArrayList<>();
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                }
            }
            return rows;
        });
    }
}
