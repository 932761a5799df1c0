package io.github.senryaku.batch.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Puts a processed file where it belongs — {@code archive/} when it landed, {@code rejected/} when it was
 * sent back — under a name that keeps the department's own and never overwrites another. A file from
 * the inbox is moved; a file given from elsewhere is copied, so the sender keeps theirs. The bytes are
 * never altered.
 */
final class Filing {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Asia/Tokyo"));

    private Filing() {
    }

    /** A free name in the folder: {@code 20250410-021500_企画調整課_R6.xlsx}. */
    static Path destination(Path folder, String originalName, Instant now) throws IOException {
        Files.createDirectories(folder);
        String stamped = STAMP.format(now) + "_" + originalName;
        Path candidate = folder.resolve(stamped);
        for (int n = 2; Files.exists(candidate) || Files.exists(errorReportOf(candidate)); n++) {
            candidate = folder.resolve(STAMP.format(now) + "-" + n + "_" + originalName);
        }
        return candidate;
    }

    static Path errorReportOf(Path rejected) {
        return rejected.resolveSibling(rejected.getFileName() + ".errors.xlsx");
    }

    static void file(Path source, Path destination, Path inbox) throws IOException {
        if (isInside(source, inbox)) {
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static boolean isInside(Path file, Path folder) {
        return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }
}
