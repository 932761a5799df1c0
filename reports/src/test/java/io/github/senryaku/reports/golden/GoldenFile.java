package io.github.senryaku.reports.golden;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.senryaku.model.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A rendered output compared with the copy kept under {@code reports/src/test/resources/golden/}, so that
 * every change to what a report prints is a deliberate one, seen in the commit's diff of the golden file.
 *
 * <p>To accept a change on purpose, render the files again and review their diff before committing:
 * <pre>mvn -B -o -q test -pl model,reports -Dtest=KanazawaGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 * The files are read from and written to the source tree (not the class path), so the update lands where
 * git sees it.
 */
final class GoldenFile {

    static final String UPDATE = "golden.update";
    /** Lines shown around the first difference. */
    private static final int CONTEXT = 3;

    private GoldenFile() {
    }

    static Path folder(String name) {
        return ProjectFiles.root().resolve("reports/src/test/resources/golden").resolve(name);
    }

    /** Text outputs: compared line by line, the message showing the first differing line with its neighbours. */
    static void assertText(Path golden, String actual) throws IOException {
        assertBytes(golden, actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares bytes exactly (a BOM or a CRLF matters); the message still shows the first differing line. */
    static void assertBytes(Path golden, byte[] actual) throws IOException {
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; make it with -D" + UPDATE + "=true and review it before committing");
        }
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            fail(golden.getFileName() + " differs from its golden file " + golden + "\n"
                    + difference(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8))
                    + "\nIf the change is intended, run the test with -D" + UPDATE + "=true and commit the golden file"
                    + " with a message that says why it changed.");
        }
    }

    /** The first line that differs, with a few lines around it, as {@code -} golden and {@code +} rendered. */
    static String difference(String expected, String actual) {
        List<String> want = Arrays.asList(expected.split("\n", -1));
        List<String> got = Arrays.asList(actual.split("\n", -1));
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        if (first == want.size() && first == got.size()) {
            return "the texts read the same: they differ in bytes only (a line end, a BOM or a trailing byte)";
        }
        StringBuilder out = new StringBuilder("first difference at line " + (first + 1) + " (golden "
                + want.size() + " lines, rendered " + got.size() + " lines):\n");
        for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
            out.append("  ").append(visible(want.get(i))).append('\n');
        }
        for (int i = first; i < Math.min(want.size(), first + CONTEXT + 1); i++) {
            out.append("- ").append(visible(want.get(i))).append('\n');
        }
        for (int i = first; i < Math.min(got.size(), first + CONTEXT + 1); i++) {
            out.append("+ ").append(visible(got.get(i))).append('\n');
        }
        return out.toString();
    }

    private static String visible(String line) {
        return line.replace("\r", "\\r").replace("\uFEFF", "<BOM>");
    }
}
