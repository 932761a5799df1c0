package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.YearFormatException;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads the 年度 cell: every form FiscalYear parses, as text or as a number cell (2024). */
public final class YearCell {

    static final String HINT = "R6、令和6年度、2024 のように書いてください";

    private YearCell() {
    }

    /** The year, or empty with the problem recorded. */
    public static Optional<FiscalYear> read(Optional<CellValue> cell, ReportSheet.Column column, RowProblems problems) {
        if (cell.isEmpty()) {
            problems.error(column, "", "年度が空欄です", HINT);
            return Optional.empty();
        }
        CellValue value = cell.get();
        if (value instanceof CellValue.Number number) {
            BigDecimal year = number.number();
            if (year.stripTrailingZeros().scale() <= 0 && year.compareTo(BigDecimal.valueOf(FiscalYear.FIRST_SUPPORTED)) >= 0
                    && year.compareTo(BigDecimal.valueOf(FiscalYear.LAST_SUPPORTED)) <= 0) {
                return Optional.of(FiscalYear.of(year.intValueExact()));
            }
            problems.error(column, value.display(), "年度として読めません", "数値なら西暦の4桁（2024）で、" + HINT);
            return Optional.empty();
        }
        try {
            return Optional.of(FiscalYear.parse(value.display()));
        } catch (YearFormatException malformed) {
            problems.error(column, value.display(), malformed.getMessage(), HINT);
            return Optional.empty();
        }
    }
}
