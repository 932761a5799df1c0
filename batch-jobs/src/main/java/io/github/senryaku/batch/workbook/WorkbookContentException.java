package io.github.senryaku.batch.workbook;

import java.io.IOException;

/**
 * Something in a workbook's content that the reader refuses, found while reading: a limit exceeded, a
 * DOCTYPE, a part that is not well-formed. The message is one Japanese line; the sheet and cell are
 * {@code -} when the place is not known (a part read before any sheet).
 */
public final class WorkbookContentException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What to do about it, when Excel's "open and save again" is not the answer. */
    static final String SAVE_AGAIN = "Excel で開いて保存し直してください";

    private final String sheet;
    private final String cell;
    private final String hint;

    WorkbookContentException(String message, String sheet, String cell, String hint) {
        super(message);
        this.sheet = sheet;
        this.cell = cell;
        this.hint = hint;
    }

    WorkbookContentException(String message, String sheet, String cell) {
        this(message, sheet, cell, SAVE_AGAIN);
    }

    WorkbookContentException(String message) {
        this(message, "-", "-");
    }

    public String sheet() {
        return sheet;
    }

    public String cell() {
        return cell;
    }

    public String hint() {
        return hint;
    }

    /** The same refusal, placed at a cell now that the reader knows where it was. */
    WorkbookContentException at(String sheetName, String reference) {
        return "-".equals(sheet) ? new WorkbookContentException(getMessage(), sheetName, reference, hint) : this;
    }

    static WorkbookContentException doctype() {
        return new WorkbookContentException("ファイルの中に許可されていない定義（DOCTYPE）があります");
    }

    /** A limit of {@link ReadingLimits}: what was found and what is allowed is in the message. */
    static WorkbookContentException overLimit(String message, String sheet, String cell) {
        return new WorkbookContentException(message, sheet, cell,
                "Excel で作成・保存したファイルを提出してください（長すぎる文字や不要なデータを削除してください）");
    }
}
