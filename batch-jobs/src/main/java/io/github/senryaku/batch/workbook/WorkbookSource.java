package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** An open workbook: its sheet names and, sheet by sheet, its rows. */
public interface WorkbookSource extends AutoCloseable {

    List<String> sheetNames();

    /** The rows of the named sheet; one cursor at a time. */
    RowCursor rows(String sheet) throws IOException;

    /** A cell the workbook names (a defined name of one cell), with what it holds: empty when no such name. */
    record NamedCell(String sheet, String reference, Optional<CellValue> value) {
    }

    Optional<NamedCell> namedCell(String name) throws IOException;

    /** The cell a defined name's formula ({@code '実績値'!$D$2}) points at, when it is one cell of a sheet. */
    static Optional<org.apache.poi.ss.util.CellReference> reference(String refersTo) {
        try {
            org.apache.poi.ss.util.CellReference reference = new org.apache.poi.ss.util.CellReference(refersTo.strip());
            return reference.getSheetName() == null ? Optional.empty() : Optional.of(reference);
        } catch (RuntimeException notACell) {
            return Optional.empty();
        }
    }

    /** The value of a cell found by reading a sheet's rows to it. */
    default Optional<NamedCell> cellAt(org.apache.poi.ss.util.CellReference reference) throws IOException {
        String sheet = reference.getSheetName();
        if (!sheetNames().contains(sheet)) {
            return Optional.empty();
        }
        String a1 = RawRow.columnName(reference.getCol()) + (reference.getRow() + 1);
        try (RowCursor rows = rows(sheet)) {
            for (Optional<RawRow> row = rows.next(); row.isPresent() && row.get().number() <= reference.getRow() + 1;
                    row = rows.next()) {
                if (row.get().number() == reference.getRow() + 1) {
                    return Optional.of(new NamedCell(sheet, a1, row.get().cell(reference.getCol())));
                }
            }
        }
        return Optional.of(new NamedCell(sheet, a1, Optional.empty()));
    }

    @Override
    void close() throws IOException;
}
