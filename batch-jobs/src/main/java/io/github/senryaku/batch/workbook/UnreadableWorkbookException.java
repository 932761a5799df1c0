package io.github.senryaku.batch.workbook;

/**
 * A file that cannot be read as a workbook; the message is one Japanese line a department can act on,
 * never a parser's English or a path. The sheet and cell are {@code -} unless the reader knew the place.
 */
public final class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final String cell;
    private final String hint;

    public UnreadableWorkbookException(String message) {
        this(message, null);
    }

    public UnreadableWorkbookException(String message, Throwable cause) {
        this(message, "-", "-", "", cause);
    }

    UnreadableWorkbookException(String message, String sheet, String cell, String hint, Throwable cause) {
        super(message, cause);
        this.sheet = sheet;
        this.cell = cell;
        this.hint = hint;
    }

    public String sheet() {
        return sheet;
    }

    public String cell() {
        return cell;
    }

    /** What to do about it; empty when the message says it all. */
    public String hint() {
        return hint;
    }
}
