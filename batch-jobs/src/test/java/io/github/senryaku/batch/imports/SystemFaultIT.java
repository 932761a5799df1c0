package io.github.senryaku.batch.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", "金沢地域の年間入込客数", "R5", 1100, "万人", null)
                .writeTo(inbox.resolve("観光政策課_R5.xlsx"));
        Files.writeString(home.resolve("archive"), "a file where the archive folder should be");

        for (int attempt = 1; attempt <= 2; attempt++) {
            CliRunner.Result failed = CliRunner.run(environment, "import");

            assertEquals(2, failed.exitCode(), failed.out() + failed.err());
            assertTrue(failed.out().contains("失敗        観光政策課_R5.xlsx（"), failed.out());
            assertTrue(failed.out().contains("ファイルは残し、次の取込でもう一度試します（" + attempt + "/3 回目）"), failed.out());
            assertEquals(1, failed.out().lines().filter(line -> line.startsWith("失敗")).count(), failed.out());
            assertFalse((failed.out() + failed.err()).contains("\tat "), "no stack trace: " + failed.out() + failed.err());
            assertTrue(Files.exists(inbox.resolve("観光政策課_R5.xlsx")), "kept for the next run");
        }
        CliRunner.Result third = CliRunner.run(environment, "import");

        assertEquals(2, third.exitCode(), third.out() + third.err());
        assertTrue(third.out().contains("保留        観光政策課_R5.xlsx（3 回続けて取り込めませんでした: "), third.out());
        assertFalse(Files.exists(inbox.resolve("観光政策課_R5.xlsx")), "no longer tried every night");
        List<Path> aside;
        try (Stream<Path> listing = Files.list(home.resolve("failed"))) {
            aside = listing.sorted().toList();
        }
        assertEquals(2, aside.size(), aside.toString());
        assertTrue(aside.get(0).getFileName().toString().endsWith("_観光政策課_R5.xlsx"), aside.toString());
        String reason = Files.readString(aside.get(1), StandardCharsets.UTF_8);
        assertTrue(aside.get(1).getFileName().toString().endsWith("_観光政策課_R5.xlsx.理由.txt"), aside.toString());
        assertTrue(reason.contains("3 回続けて取り込めなかったため、取込を保留しました。"), reason);
        assertTrue(reason.contains("最後の原因: "), reason);
        assertEquals(0, TestStores.count(home, "SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"));

        CliRunner.Result next = CliRunner.run(environment, "import");
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertTrue(next.out().contains("途中データを削除しました"), "its staged rows are cleared: " + next.out());
        assertEquals(0, TestStores.count(home, "SELECT COUNT(*) FROM actual"));
    }
}
