package io.github.senryaku.batch.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Opens a workbook by what its bytes are, not by its name; says in one line why a file is not one. */
public final class Workbooks {

    /** The kinds of file a workbook can be. */
    public enum Format { XLSX, XLS }

    private Workbooks() {
    }

    public static Format detect(Path file) throws UnreadableWorkbookException, IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
        }
        switch (magic) {
            case OOXML:
                return Format.XLSX;
            case OLE2:
                return ole2Format(file);
            case PDF:
                throw new UnreadableWorkbookException("Excel ファイルではありません（PDF ファイルです）");
            default:
                throw new UnreadableWorkbookException("Excel ファイル（.xlsx / .xls）ではありません");
        }
    }

    /** An OLE2 file is a legacy .xls, or an encrypted .xlsx wrapped in OLE2. */
    private static Format ole2Format(Path file) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new UnreadableWorkbookException("パスワードで保護（暗号化）されています。保護を解除して保存し直してください");
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new UnreadableWorkbookException("Excel ファイルではありません（Word など別の Office 文書です）");
            }
            return Format.XLS;
        } catch (IOException | RuntimeException broken) {
            throw new UnreadableWorkbookException("ファイルが壊れていて読めません（" + broken.getMessage() + "）", broken);
        }
    }

    /**
     * Opens the workbook for reading.
     *
     * @throws UnreadableWorkbookException not a workbook, encrypted, corrupt, or a zip bomb
     */
    public static WorkbookSource open(Path file) throws UnreadableWorkbookException, IOException {
        Format format = detect(file);
        try {
            return format == Format.XLSX ? XlsxSource.open(file) : XlsSource.open(file);
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableWorkbookException("パスワードで保護（暗号化）されています。保護を解除して保存し直してください", encrypted);
        }
    }

    /** One line for a failure while reading rows: a zip bomb, a truncated file, malformed XML. */
    public static UnreadableWorkbookException unreadable(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (mentionsZipBomb(failure)) {
            return new UnreadableWorkbookException("圧縮データの展開サイズが異常に大きいため読みません（zip bomb の疑い）", failure);
        }
        return new UnreadableWorkbookException("ファイルが壊れていて読めません（" + message.lines().findFirst().orElse("") + "）", failure);
    }

    /** POI's zip-bomb guard speaks through whatever parser was reading: look along the whole cause chain. */
    private static boolean mentionsZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb")) {
                return true;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && String.valueOf(xml.getNestedException().getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
