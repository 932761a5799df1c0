package io.github.senryaku.reports.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself: it must find what it is there to find, and pass a page that is right. */
class NuHtmlCheckerTest {

    @TempDir
    Path dir;

    @Test
    void findsATableCellOutsideATableAndAMissingTitle_andPassesAValidPage() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.html"), """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
                <body><td>合計</td><p id="a">1</p><p id="a">2</p></body></html>
                """, StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("good.html"), """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>良い例</title></head>
                <body><main><h1>良い例</h1><p>合計特殊出生率 1.69</p></main></body></html>
                """, StandardCharsets.UTF_8);
        NuHtmlChecker checker = new NuHtmlChecker();

        List<String> errors = checker.checkHtml(bad).errors();
        NuHtmlChecker.Verdict verdict = checker.checkHtml(good);

        assertTrue(errors.stream().anyMatch(e -> e.contains("title")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
        assertEquals(List.of(), verdict.errors());
    }
}
