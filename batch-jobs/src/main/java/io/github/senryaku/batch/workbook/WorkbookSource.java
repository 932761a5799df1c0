package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.util.List;

/** An open workbook: its sheet names and, sheet by sheet, its rows. */
public interface WorkbookSource extends AutoCloseable {

    List<String> sheetNames();

    /** The rows of the named sheet; one cursor at a time. */
    RowCursor rows(String sheet) throws IOException;

    @Override
    void close() throws IOException;
}
