package io.github.senryaku.batch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites one part of a workbook written by POI, by hand with java.util.zip, to make the files Excel never
 * writes: a DOCTYPE, broken XML, a cell of hundreds of millions of characters (streamed, never in memory).
 */
public final class Zips {

    /** How a marker in a part is replaced: by writing to the part's stream. */
    public interface Insertion {
        void write(Writer out) throws IOException;
    }

    private Zips() {
    }

    static void replace(Path workbook, String part, UnaryOperator<String> edit) throws IOException {
        rewrite(workbook, part, (in, out) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            writer.flush();
        });
    }

    /** Replaces the first {@code marker} in the part by what {@code insertion} writes. */
    public static void insert(Path workbook, String part, String marker, Insertion insertion) throws IOException {
        rewrite(workbook, part, (in, out) -> {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = xml.indexOf(marker);
            if (at < 0) {
                throw new IllegalArgumentException(marker + " not in " + part);
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(xml, 0, at);
            insertion.write(writer);
            writer.write(xml, at + marker.length(), xml.length() - at - marker.length());
            writer.flush();
        });
    }

    /**
     * Text that deflates about 40 to 1, as a real long text might: never so well that POI's zip-bomb ratio
     * check would stop it before the reader's own limits are reached.
     */
    public static void text(Writer out, long chars) throws IOException {
        Random random = new Random(42);
        char[] block = new char[1 << 16];
        for (long written = 0; written < chars; ) {
            int n = (int) Math.min(block.length, chars - written);
            for (int i = 0; i < n; i++) {
                block[i] = i % 64 == 0 ? (char) ('a' + random.nextInt(26)) : 'x';
            }
            out.write(block, 0, n);
            written += n;
        }
    }

    private interface Rewrite {
        void apply(InputStream in, OutputStream out) throws IOException;
    }

    private static void rewrite(Path workbook, String part, Rewrite rewrite) throws IOException {
        Path rewritten = workbook.resolveSibling(workbook.getFileName() + ".rewritten");
        try (ZipFile zip = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(part)) {
                        rewrite.apply(in, out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.move(rewritten, workbook, StandardCopyOption.REPLACE_EXISTING);
    }
}
