package io.github.senryaku.batch.financeimport;

import io.github.senryaku.batch.importing.ReportSheet;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a finance file lands: a project may stand once per year (a repeat names both cells), and the file
 * replaces the current lines of every year it holds — the finance office sends the whole year each time,
 * so a project missing from the later file is no longer current. Replaced lines stay as history.
 */
final class BudgetLanding {

    private BudgetLanding() {
    }

    /** A project code with the same year twice in the file: an error naming both cells. */
    static List<Problem> repeatedProjects(Connection connection, long importId, String file) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.project_code, a.fiscal_year, a.sheet, a.cell,"
                + " b.sheet, b.cell FROM budget_line a JOIN budget_line b ON b.import_file_id = a.import_file_id"
                + " AND b.project_code = a.project_code AND b.fiscal_year = a.fiscal_year AND b.ordinal > a.ordinal"
                + " WHERE a.import_file_id = ? AND a.ordinal = (SELECT MIN(f.ordinal) FROM budget_line f"
                + " WHERE f.import_file_id = a.import_file_id AND f.project_code = a.project_code"
                + " AND f.fiscal_year = a.fiscal_year) ORDER BY b.ordinal")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    problems.add(Problem.error(new Location.Cell(file, rs.getString(5), rs.getString(6)), rs.getString(1),
                            "事業コード「" + rs.getString(1) + "」の" + rs.getInt(2) + "年度の行が2つあります（先の行: シート「"
                                    + rs.getString(3) + "」セル" + rs.getString(4) + "）",
                            "1つの事業は1年度に1行にまとめてください"));
                }
            }
        }
        return problems;
    }

    /** A finance file with no line at all: an error, not an empty year. */
    static List<Problem> nothingToLand(Connection connection, long importId, String file) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM budget_line WHERE import_file_id = ?")) {
            count.setLong(1, importId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return List.of();
                }
            }
        }
        return List.of(Problem.error(new Location.Cell(file, ReportSheet.BUDGET.sheetName(), "A1"), "",
                "事業の行がありません（見出し行の下に、事業コード・事業名・年度・予算額・決算額を記入した行が1つもありません）",
                "1事業1年度を1行で記入してから取り込んでください"));
    }

    /**
     * Lands the import's lines: the current lines of its years from earlier files become history. One UPDATE per
     * plan and year the file holds, each bounded by the (plan, year, superseded_at) index to the year's current
     * lines: given the file's plans and years as subqueries, H2 could bound only the plan and read every line of
     * it, history and all.
     */
    static int land(Connection connection, long importId, Instant now) throws SQLException {
        try (PreparedStatement years = connection.prepareStatement("SELECT DISTINCT plan_code, fiscal_year FROM budget_line"
                + " WHERE import_file_id = ?");
             PreparedStatement supersede = connection.prepareStatement("UPDATE budget_line SET superseded_at = ?,"
                     + " superseded_by_file = ? WHERE plan_code = ? AND fiscal_year = ? AND superseded_at IS NULL"
                     + " AND import_file_id <> ?"
                     + " AND (SELECT f.status FROM import_file f WHERE f.id = budget_line.import_file_id) = 'LANDED'")) {
            years.setLong(1, importId);
            supersede.setTimestamp(1, Timestamp.from(now));
            supersede.setLong(2, importId);
            supersede.setLong(5, importId);
            try (ResultSet rs = years.executeQuery()) {
                while (rs.next()) {
                    supersede.setString(3, rs.getString(1));
                    supersede.setInt(4, rs.getInt(2));
                    supersede.addBatch();
                }
            }
            supersede.executeBatch();
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM budget_line WHERE import_file_id = ?")) {
            count.setLong(1, importId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                int lines = rs.getInt(1);
                ImportLedger.countBudgetLines(connection, importId, lines);
                return lines;
            }
        }
    }
}
