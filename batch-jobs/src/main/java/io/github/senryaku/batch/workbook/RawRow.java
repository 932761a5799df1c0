package io.github.senryaku.batch.workbook;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A non-empty row of a sheet, as found: its 1-based row number and its cells by 0-based column.
 */
public record RawRow(String sheet, int number, Map<Integer, CellValue> cells) {

    public RawRow {
        cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    }

    public Optional<CellValue> cell(int column) {
        return Optional.ofNullable(cells.get(column));
    }

    /** The A1 reference of a cell of this row: {@code C12}. */
    public String reference(int column) {
        return columnName(column) + number;
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
