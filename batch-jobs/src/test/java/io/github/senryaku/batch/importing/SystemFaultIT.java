package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.departmentimport.ReportWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of the system, not of the file — here archive/ cannot be made, as when the disk is full or a
 * folder is misconfigured — fails the run with one line and keeps the file for the next run; after three
 * failed attempts on the same content the file is set aside in failed/ with the reason beside it, instead
 * of failing every night. Nothing of the file lands meanwhile.
 */
class SystemFaultIT {

    @TempDir
    static Path home;

    @Test
    void aFileTheSystemCannotFile_isTriedThreeTimes_thenSetAsideWithItsReason() throws Exception {
        Map<String, String> environment = TestStores.environment(home);
        Path inbox = home.resolve("inbox");
        Path file = inbox.resolve("観光政策課_R5.xlsx");
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R5", 1100, "万人", null)
                .writeTo(file);
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home), environment);

        PlansInForce plans = PlansInForce.load(settings);
        try (SenryakuRuntime runtime = SenryakuRuntime.start(settings, plans, plans.first(),
                RulebookFileLoader.load(settings.rulebook()))) {
            // The fault comes after start: the archive folder cannot be made when the file is to be filed.
            Files.delete(home.resolve("archive"));
            Files.writeString(home.resolve("archive"), "a file where the archive folder should be");
            for (int attempt = 1; attempt <= 2; attempt++) {
                ImportResult failed = DepartmentImports.run(runtime.operator(), runtime.context(), file);

                assertEquals(ImportResult.Kind.FAILED, failed.kind());
                assertEquals(attempt, failed.failure().orElseThrow().attempts());
                assertTrue(failed.failure().orElseThrow().cause().startsWith("FileAlreadyExistsException: "),
                        failed.failure().orElseThrow().cause());
                assertTrue(Files.exists(file), "kept for the next run");
                assertEquals(0, count(runtime, "SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"));
            }
            ImportResult third = DepartmentImports.run(runtime.operator(), runtime.context(), file);

            assertEquals(ImportResult.Kind.SET_ASIDE, third.kind(), third.toString());
            assertEquals(3, third.failure().orElseThrow().attempts());
            assertFalse(Files.exists(file), "no longer tried every night");
            Path aside = third.failure().orElseThrow().setAsideAs().orElseThrow();
            assertEquals(home.resolve("failed"), aside.getParent());
            assertTrue(aside.getFileName().toString().endsWith("_観光政策課_R5.xlsx"), aside.toString());
            String reason = Files.readString(aside.resolveSibling(aside.getFileName() + ".理由.txt"), StandardCharsets.UTF_8);
            assertTrue(reason.contains("3 回続けて取り込めなかったため、取込を保留しました。"), reason);
            assertTrue(reason.contains("最後の原因: FileAlreadyExistsException: "), reason);

            Files.delete(home.resolve("archive"));
            Files.move(aside, file);
            ImportResult fixed = DepartmentImports.run(runtime.operator(), runtime.context(), file);

            assertEquals(ImportResult.Kind.LANDED, fixed.kind(), "back in the inbox once the fault is gone");
            assertEquals(1, count(runtime, "SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"));
        }
    }

    private static long count(SenryakuRuntime runtime, String sql) throws Exception {
        return runtime.store().inTransaction(c -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
