package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared import package knows the senders only through {@link ImportSource}: none of its sources names a
 * class of the department, finance or council import, and the job packages do not use each other. The runtime
 * imports nothing from the jobs.
 */
class PackageDirectionTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/senryaku");

    @Test
    void sharedImportCode_namesNoSender_andTheSendersNotEachOther() throws IOException {
        assertEquals(List.of(), offenders("batch/importing", "io.github.senryaku.batch.departmentimport",
                "io.github.senryaku.batch.financeimport", "io.github.senryaku.batch.councilimport"));
        assertEquals(List.of(), offenders("batch/departmentimport", "io.github.senryaku.batch.financeimport",
                "io.github.senryaku.batch.councilimport"));
        assertEquals(List.of(), offenders("batch/financeimport", "io.github.senryaku.batch.departmentimport",
                "io.github.senryaku.batch.councilimport"));
        assertEquals(List.of(), offenders("batch/councilimport", "io.github.senryaku.batch.departmentimport",
                "io.github.senryaku.batch.financeimport"));
        assertEquals(List.of(), offenders("batch/runtime", "io.github.senryaku.batch.importing",
                "io.github.senryaku.batch.departmentimport", "io.github.senryaku.batch.financeimport",
                "io.github.senryaku.batch.councilimport", "io.github.senryaku.batch.annualreport",
                "io.github.senryaku.batch.finalreport"));
    }

    /** Lines of the package's sources that mention one of the forbidden packages, as "File.java: line". */
    private static List<String> offenders(String pkg, String... forbidden) throws IOException {
        Path dir = MAIN.resolve(pkg);
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> lines(f).stream()
                    .filter(line -> Stream.of(forbidden).anyMatch(line::contains))
                    .map(line -> f.getFileName() + ": " + line.strip())).sorted().toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
