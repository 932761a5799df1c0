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
        if (Files.size(file) == 0) {
            throw new UnreadableWorkbookException("ファイルが空です（0 バイト）");
        }
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
            throw new UnreadableWorkbookException(DAMAGED + "（.xls の構造が不完全です）", broken);
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

    private static final String DAMAGED = "ファイルが壊れていて読めません";

    /**
     * One Japanese line for a failure while reading a workbook, placed at the sheet and cell when the
     * reader knew them. POI and the XML parsers speak English and name absolute paths: their words are
     * never passed on, only recognised.
     */
    public static UnreadableWorkbookException unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkbookContentException refused) {
                return new UnreadableWorkbookException(refused.getMessage(), refused.sheet(), refused.cell(), refused.hint(),
                        failure);
            }
            if (t instanceof UnreadableWorkbookException already) {
                return already;
            }
        }
        if (mentions(failure, "MAX_ENTRY_SIZE")) {
            return new UnreadableWorkbookException(String.format("圧縮データを展開すると上限（%,d MB）を超えるため読みません",
                    ReadingLimits.ENTRY_BYTES / 1048576), failure);
        }
        if (mentions(failure, "zip bomb")) {
            return new UnreadableWorkbookException("圧縮データの展開サイズが異常に大きいため読みません（zip bomb の疑い）", failure);
        }
        if (mentions(failure, "doctype")) {
            return unreadable(WorkbookContentException.doctype());
        }
        if (mentions(failure, "zip") || mentions(failure, "OOXML") || mentions(failure, "truncated")
                || mentions(failure, "end of") || hasCause(failure, java.io.EOFException.class)) {
            return new UnreadableWorkbookException(DAMAGED + "（圧縮（zip）形式が不完全です。保存や送信が途中で切れた可能性があります）",
                    "-", "-", WorkbookContentException.SAVE_AGAIN, failure);
        }
        if (hasCause(failure, org.xml.sax.SAXException.class) || hasCause(failure, javax.xml.stream.XMLStreamException.class)) {
            return new UnreadableWorkbookException(DAMAGED + "（中の XML が壊れています）", "-", "-",
                    WorkbookContentException.SAVE_AGAIN, failure);
        }
        return new UnreadableWorkbookException(DAMAGED, "-", "-", WorkbookContentException.SAVE_AGAIN, failure);
    }

    /** POI's guards speak through whatever parser was reading: look along the whole cause chain. */
    private static boolean mentions(Throwable failure, String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                return true;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && String.valueOf(xml.getNestedException().getMessage()).toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
