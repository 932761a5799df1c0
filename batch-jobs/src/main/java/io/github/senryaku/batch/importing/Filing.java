package io.github.senryaku.batch.importing;

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

    /**
     * Bytes of the department's name kept on disk: with the time stamp, a {@code -N} counter and the error
     * report's {@code .errors.xlsx.part}, the longest name stays within the 255 bytes a file system allows.
     */
    static final int NAME_BYTES = 200;
    /** A rejected file's error workbook is named after it: {@code <stored_as>.errors.xlsx}. */
    static final String ERROR_REPORT_SUFFIX = ".errors.xlsx";

    /**
     * A free name in the folder: {@code 20250410-021500_企画調整課_R6.xlsx}, the department's name cut to
     * {@value #NAME_BYTES} UTF-8 bytes (at a character, keeping the extension) so that filing never fails.
     */
    static Path destination(Path folder, String originalName, Instant now) throws IOException {
        Files.createDirectories(folder);
        String name = shortened(originalName);
        Path candidate = folder.resolve(STAMP.format(now) + "_" + name);
        for (int n = 2; Files.exists(candidate) || Files.exists(errorReportOf(candidate)); n++) {
            candidate = folder.resolve(STAMP.format(now) + "-" + n + "_" + name);
        }
        return candidate;
    }

    /** The name within {@value #NAME_BYTES} UTF-8 bytes: the stem cut at a whole character, the extension kept. */
    static String shortened(String name) {
        if (utf8(name) <= NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int budget = NAME_BYTES - utf8(extension);
        StringBuilder kept = new StringBuilder();
        for (int i = 0, used = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int bytes = utf8(new String(Character.toChars(codePoint)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        return kept + extension;
    }

    private static int utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    static Path errorReportOf(Path rejected) {
        return rejected.resolveSibling(rejected.getFileName() + ERROR_REPORT_SUFFIX);
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
