package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.departmentimport.ReportSheet.Column;
import java.util.Map;
import java.util.Optional;

/** Where a report sheet's header row is and which column holds which header. */
record HeaderRow(String sheet, ReportSheet kind, int rowNumber, Map<Column, Integer> columns) {

    HeaderRow {
        columns = Map.copyOf(columns);
    }

    Optional<Integer> column(Column column) {
        return Optional.ofNullable(columns.get(column));
    }
}
