package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import java.util.Map;
import java.util.Optional;

/**
 * Where a report sheet's header row is, which column holds which header, and what an amount column's
 * figures are multiplied by to give yen (予算額（千円） → 1,000).
 */
public record HeaderRow(String sheet, ReportSheet kind, int rowNumber, Map<Column, Integer> columns,
        Map<Column, java.math.BigDecimal> multipliers) {

    public HeaderRow {
        columns = Map.copyOf(columns);
        multipliers = Map.copyOf(multipliers);
    }

    public HeaderRow(String sheet, ReportSheet kind, int rowNumber, Map<Column, Integer> columns) {
        this(sheet, kind, rowNumber, columns, Map.of());
    }

    public java.math.BigDecimal multiplier(Column column) {
        return multipliers.getOrDefault(column, java.math.BigDecimal.ONE);
    }

    Optional<Integer> column(Column column) {
        return Optional.ofNullable(columns.get(column));
    }
}
