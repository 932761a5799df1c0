package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingTest {

    @TempDir
    Path folder;

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shortName_isKeptAsItIs() {
        assertEquals("企画調整課_R6.xlsx", Filing.shortened("企画調整課_R6.xlsx"));
    }

    @Test
    void longName_isCutAtACharacter_keepingItsExtension() {
        String name = "広域連携課_" + "報".repeat(76) + ".xlsx";

        String shortened = Filing.shortened(name);

        assertTrue(bytes(shortened) <= Filing.NAME_BYTES, shortened);
        assertTrue(shortened.endsWith("報.xlsx"), shortened);
        assertTrue(name.startsWith(shortened.substring(0, shortened.length() - 5)), shortened);
    }

    @Test
    void surrogatePairs_areNeverSplit() {
        String shortened = Filing.shortened("𠮷".repeat(100) + ".xls");

        assertEquals("𠮷".repeat(49) + ".xls", shortened);
    }

    @Test
    void longestDestination_andItsErrorReport_fitAFileSystemName() throws Exception {
        String name = "あ".repeat(84) + ".xlsx";
        Instant now = Instant.parse("2025-04-10T02:15:00Z");
        for (int i = 0; i < 12; i++) {
            Files.createFile(Filing.destination(folder, name, now));
        }

        Path twelfth = Filing.destination(folder, name, now);
        Path part = twelfth.resolveSibling(Filing.errorReportOf(twelfth).getFileName() + ".part");
        Files.createFile(part);

        assertTrue(twelfth.getFileName().toString().startsWith("20250410-111500-13_"), twelfth.toString());
        assertTrue(bytes(part.getFileName().toString()) <= 255, part.toString());
    }
}
