package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landing step makes the files it lands close together durable with one sync, and only then moves them:
 * two files of one name (from two folders, in one run) must still each get a place of their own in archive/.
 */
class SameNameFilesIT {

    @TempDir
    Path home;

    @Test
    void twoFilesOfOneNameFromTwoFolders_bothLand_andBothAreArchived() throws Exception {
        Path first = ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R3", 1000, "万人", null)
                .writeTo(home.resolve("東").resolve("観光政策課_R3.xlsx"));
        Path second = ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R4", 1050, "万人", null)
                .writeTo(home.resolve("西").resolve("観光政策課_R3.xlsx"));
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home),
                TestStores.environment(home));
        PlansInForce plans = PlansInForce.load(settings);

        List<ImportResult> results;
        long landed;
        try (SenryakuRuntime runtime = SenryakuRuntime.start(settings, plans, plans.first(),
                RulebookFileLoader.load(settings.rulebook()))) {
            results = DepartmentImports.run(runtime.operator(), runtime.context(), List.of(first, second),
                    new Properties(), result -> { });
            landed = runtime.store().inTransaction(c -> {
                try (var statement = c.createStatement(); var rs = statement.executeQuery(
                        "SELECT COUNT(DISTINCT stored_as) FROM import_file WHERE status = 'LANDED'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }

        assertEquals(List.of(ImportResult.Kind.LANDED, ImportResult.Kind.LANDED),
                results.stream().map(ImportResult::kind).toList());
        assertEquals(2, landed, "two landed imports, each recorded with its own place");
        try (var listing = Files.list(home.resolve("archive"))) {
            assertEquals(2, listing.filter(f -> f.getFileName().toString().endsWith("観光政策課_R3.xlsx")).count(),
                    "each file archived under a name of its own");
        }
        assertTrue(Files.exists(first) && Files.exists(second), "files from outside the inbox are copied, not moved");
    }
}
