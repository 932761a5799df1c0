package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.util.Optional;

/** The rows of one sheet, in order, empty rows left out; read one at a time. */
public interface RowCursor extends AutoCloseable {

    Optional<RawRow> next() throws IOException;

    @Override
    void close() throws IOException;
}
