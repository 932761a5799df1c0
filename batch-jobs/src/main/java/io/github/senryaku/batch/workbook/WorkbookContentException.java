package io.github.senryaku.batch.workbook;

import java.io.IOException;

/**
 * Something in a workbook's content that the reader refuses, found while reading: a limit exceeded, a
 * DOCTYPE, a part that is not well-formed. The message is one Japanese line; the sheet and cell are
 * {@code -} when the place is not known (a part read before any sheet).
 */
public final class WorkbookContentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final String cell;

    WorkbookContentException(String message, String sheet, String cell) {
        super(message);
        this.sheet = sheet;
        this.cell = cell;
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

    /** The same refusal, placed at a cell now that the reader knows where it was. */
    WorkbookContentException at(String sheetName, String reference) {
        return "-".equals(sheet) ? new WorkbookContentException(getMessage(), sheetName, reference) : this;
    }

    static WorkbookContentException doctype() {
        return new WorkbookContentException("ファイルの中に許可されていない定義（DOCTYPE）があります");
    }
}
