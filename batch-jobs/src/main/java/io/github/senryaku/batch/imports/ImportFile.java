package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.workbook.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file handed to the import: where it is, its name as the department gave it, and its content hash. */
record ImportFile(Path path, String originalName, long size, String sha256) {

    static ImportFile of(Path path) throws IOException {
        return new ImportFile(path, path.getFileName().toString(), Files.size(path), sha256(path));
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
    String departmentFromName() {
        return departmentFromName(originalName);
    }

    static String departmentFromName(String originalName) {
        int underscore = originalName.indexOf('_');
        String department = underscore > 0 ? Texts.normalize(originalName.substring(0, underscore)) : "";
        return department.length() <= StoredColumns.DEPARTMENT ? department : "";
    }
}
