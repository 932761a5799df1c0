package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.workbook.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the screen derives from a file handed to the import: its content hash, and a department from its name. */
final class ImportFile {

    private ImportFile() {
    }

    /** SHA-256 of the bytes: identical content is the same file, whatever it is called. */
    static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /**
     * The department from the file name: the part before the first {@code _} (企画調整課_R6報告.xlsx),
     * normalized as a 担当課 cell is (a Mac writes file names in NFD); none when it is too long to be one.
     */
    static String departmentFromName(String originalName) {
        int underscore = originalName.indexOf('_');
        String department = underscore > 0 ? Texts.normalize(originalName.substring(0, underscore)) : "";
        return department.length() <= StoredColumns.DEPARTMENT ? department : "";
    }
}
