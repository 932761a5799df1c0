package io.github.senryaku.batch.workbook;

/** A file that cannot be read as a workbook; the message is one line a department can act on. */
public final class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableWorkbookException(String message) {
        super(message);
    }

    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
