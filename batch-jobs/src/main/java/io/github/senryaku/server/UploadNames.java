package io.github.senryaku.server;

import java.text.Normalizer;

/**
 * The name an upload is kept under, from what the browser sent: only its last path segment (never a path
 * of the client's, nor ../), without control characters or characters file systems refuse, at most 200
 * UTF-8 bytes; a name that comes out empty becomes {@code upload.xlsx}. Never a name the inbox scan leaves
 * alone ({@code WaitingFiles.in}: Excel's lock files {@code ~$…}, hidden {@code .…}, partial
 * {@code ….part}) — an upload promised for tonight must be taken tonight. The original is kept as data, the
 * file itself sits in a generated folder.
 */
final class UploadNames {

    private UploadNames() {
    }

    static String safe(String sent) {
        String name = sent == null ? "" : Normalizer.normalize(utf8(sent), Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        // File systems count bytes (255 on ext4): keep the end, with the extension, within 200 UTF-8 bytes.
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
            name = name.substring(name.offsetByCodePoints(0, 1));
        }
        // Last, as the cut may bare one: no name the inbox scan would skip.
        for (String was = null; !name.equals(was); ) {
            was = name;
            name = name.replaceFirst("^(~\\$|\\.)+", "").replaceFirst("(?i)\\.part$", "").strip();
        }
        return name.isEmpty() ? "upload.xlsx" : name;
    }

    /**
     * The name in the inbox: the safe name, its extension the one the content is ({@code 報告.xlsx} for an
     * .xlsx sent as {@code 報告.xls} or {@code 報告}), so that what an administrator finds in the inbox opens as
     * what it is.
     */
    static String inInbox(String safe, io.github.senryaku.batch.workbook.Workbooks.Format format) {
        String extension = format == io.github.senryaku.batch.workbook.Workbooks.Format.XLS ? ".xls" : ".xlsx";
        String stem = safe.replaceFirst("(?i)\\.xlsx?$", "");
        return (stem.isEmpty() ? "upload" : stem) + extension;
    }

    /**
     * Browsers send a file name's UTF-8 bytes as they are; the multipart parser reads header bytes as
     * ISO-8859-1. A name whose characters are all single bytes that form valid UTF-8 is read again as UTF-8.
     */
    static String utf8(String header) {
        if (header.chars().anyMatch(c -> c > 0xFF) || header.chars().allMatch(c -> c < 0x80)) {
            return header;
        }
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return header;
        }
    }
}
