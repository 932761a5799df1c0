package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.RawRow;
import java.util.Optional;

/**
 * A data row of a report sheet, as read, with its place in the file: the ordinal counts every data row
 * the reader has handed out, so a restarted import can tell which rows it has staged.
 */
public record ReportRow(long ordinal, HeaderRow header, RawRow row) {

    public Optional<CellValue> cell(Column column) {
        return header.column(column).flatMap(row::cell);
    }

    /** The A1 reference of a column's cell in this row; the header's column for a missing optional column. */
    public String reference(Column column) {
        return row.reference(header.column(column).orElse(0));
    }

    public String sheet() {
        return row.sheet();
    }

    /** True when none of the sheet's required cells holds anything: a spacer or a notes-only row. */
    public boolean isBlank() {
        return header.kind().required().stream().allMatch(column -> cell(column).isEmpty());
    }
}
