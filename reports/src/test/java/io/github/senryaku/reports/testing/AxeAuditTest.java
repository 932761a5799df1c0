package io.github.senryaku.reports.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit itself: it must find what it is there to find, and pass a page that is right. */
class AxeAuditTest {

    @TempDir
    Path dir;

    @Test
    void findsAnImageWithoutAlternativeAndAPageWithoutLanguage_andPassesAPageThatHasBoth() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.html"), """
                <!DOCTYPE html><html><head><title>悪い例</title></head>
                <body><main><h1>悪い例</h1><img src="chart.png"></main></body></html>
                """, StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("good.html"), """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>良い例</title></head>
                <body><main><h1>良い例</h1><p>合計特殊出生率 1.69</p></main></body></html>
                """, StandardCharsets.UTF_8);
        try (AxeAudit axe = AxeAudit.start(dir)) {
            Set<String> rules = axe.violationsOf(bad.toUri().toString()).stream()
                    .map(AxeAudit.Violation::rule).collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of("image-alt", "html-has-lang")), rules.toString());

            List<AxeAudit.Violation> none = axe.violationsOf(good.toUri().toString());
            assertEquals(List.of(), none);
        }
    }
}
