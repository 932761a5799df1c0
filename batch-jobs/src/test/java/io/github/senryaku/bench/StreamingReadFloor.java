package io.github.senryaku.bench;

import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.batch.workbook.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The floor of {@code bench/many-files.sh}: what reading the workbooks costs and nothing else. In one JVM it
 * opens each workbook of a folder (in name order) with the import's own streaming reader (POI's XSSFReader
 * under {@code batch.workbook}) and reads every row of every sheet, timing the first file alone and all of them.
 * (all − first) ÷ (files − 1) is the marginal cost of one more file once the JVM is warm.
 *
 * <p>Run as a program: {@code StreamingReadFloor FOLDER}. Prints files, rows, first_s and all_s.
 */
public final class StreamingReadFloor {

    private StreamingReadFloor() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        long start = System.nanoTime();
        long first = 0;
        long rows = 0;
        for (Path file : files) {
            rows += readAll(file);
            if (first == 0) {
                first = System.nanoTime() - start;
            }
        }
        long all = System.nanoTime() - start;
        System.out.printf("files=%d rows=%d first_s=%.4f all_s=%.4f%n", files.size(), rows, first / 1e9, all / 1e9);
    }

    /** Every non-empty row of every sheet; returns how many. */
    private static long readAll(Path file) throws Exception {
        long rows = 0;
        try (WorkbookSource workbook = Workbooks.open(file)) {
            for (String sheet : workbook.sheetNames()) {
                try (RowCursor cursor = workbook.rows(sheet)) {
                    for (Optional<RawRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
