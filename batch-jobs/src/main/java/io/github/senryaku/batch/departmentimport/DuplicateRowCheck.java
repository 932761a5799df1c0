package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The check no single row can make: the same code and year twice in one file. Different values are an
 * error naming both cells; the same value twice is a warning. Runs in the database over the import's rows,
 * so a file of a million rows needs no map of them in memory.
 */
final class DuplicateRowCheck {

    private DuplicateRowCheck() {
    }

    static List<Problem> find(Connection connection, long importId, String file) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        String actuals = "SELECT a.target_code, a.fiscal_year, a.sheet, a.cell, b.sheet, b.cell,"
                + " a.figure, b.figure, a.state, b.state, a.published, b.published, a.unpublished_label, b.unpublished_label"
                + " FROM actual a JOIN actual b ON b.import_file_id = a.import_file_id AND b.target_code = a.target_code"
                + " AND b.fiscal_year = a.fiscal_year AND b.ordinal > a.ordinal"
                + " WHERE a.import_file_id = ? AND a.ordinal = (SELECT MIN(f.ordinal) FROM actual f WHERE f.import_file_id = a.import_file_id"
                + " AND f.target_code = a.target_code AND f.fiscal_year = a.fiscal_year) ORDER BY b.ordinal";
        try (PreparedStatement select = connection.prepareStatement(actuals)) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    boolean same = compare(rs.getBigDecimal(7), rs.getBigDecimal(8)) && Objects.equals(rs.getString(9), rs.getString(10))
                            && rs.getBoolean(11) == rs.getBoolean(12) && Objects.equals(rs.getString(13), rs.getString(14));
                    problems.add(duplicate(file, rs.getString(5), rs.getString(6), rs.getString(3), rs.getString(4),
                            rs.getString(1), rs.getInt(2), same));
                }
            }
        }
        String measures = "SELECT a.measure_code, a.fiscal_year, a.sheet, a.cell, b.sheet, b.cell,"
                + " a.status, b.status, a.content, b.content, a.result, b.result, a.issue, b.issue, a.direction, b.direction"
                + " FROM measure_report a JOIN measure_report b ON b.import_file_id = a.import_file_id AND b.measure_code = a.measure_code"
                + " AND b.fiscal_year = a.fiscal_year AND b.ordinal > a.ordinal"
                + " WHERE a.import_file_id = ? AND a.ordinal = (SELECT MIN(f.ordinal) FROM measure_report f WHERE f.import_file_id = a.import_file_id"
                + " AND f.measure_code = a.measure_code AND f.fiscal_year = a.fiscal_year) ORDER BY b.ordinal";
        try (PreparedStatement select = connection.prepareStatement(measures)) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    boolean same = true;
                    for (int column = 7; column <= 15; column += 2) {
                        same &= Objects.equals(rs.getString(column), rs.getString(column + 1));
                    }
                    problems.add(duplicate(file, rs.getString(5), rs.getString(6), rs.getString(3), rs.getString(4),
                            rs.getString(1), rs.getInt(2), same));
                }
            }
        }
        return problems;
    }

    /**
     * True when some code and year appears more than once among the import's rows: a grouped count
     * over the key index, cheap next to the pairwise query of {@link #find}, which only then needs to run.
     */
    static boolean hasDuplicates(Connection connection, long importId) throws SQLException {
        for (String sql : List.of(
                "SELECT 1 FROM actual WHERE import_file_id = ? GROUP BY target_code, fiscal_year HAVING COUNT(*) > 1",
                "SELECT 1 FROM measure_report WHERE import_file_id = ? GROUP BY measure_code, fiscal_year HAVING COUNT(*) > 1")) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, importId);
                select.setMaxRows(1);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean compare(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Problem duplicate(String file, String sheet, String cell, String firstSheet, String firstCell,
            String code, int year, boolean same) {
        String where = (firstSheet.equals(sheet) ? "" : "シート「" + firstSheet + "」") + "セル" + firstCell;
        String subject = code + " の " + io.github.senryaku.model.time.FiscalYear.of(year).eraLabel();
        if (same) {
            return new Problem(Problem.Severity.WARNING, new Location.Cell(file, sheet, cell), "",
                    subject + "が2回あります（" + where + "と同じ内容）", "重複した行は1行にまとめてください");
        }
        return Problem.error(new Location.Cell(file, sheet, cell), "",
                subject + "が2回あり、内容が違います（もう一方は" + where + "）", "正しい方の1行だけを残してください");
    }
}
