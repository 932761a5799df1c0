package io.github.senryaku.batch.annualreport;

import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.SourceFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The landed files a year's report draws on (データ出所): those holding a current actual up to the year, or a
 * measure report or budget line of it.
 */
final class ReportSources {

    private ReportSources() {
    }

    static List<SourceFile> of(Connection connection, String plan, FiscalYear year) throws SQLException {
        List<SourceFile> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.original_name, f.department, f.finished_at,"
                + " f.sha256,"
                + " (SELECT COUNT(*) FROM actual a WHERE a.import_file_id = f.id AND a.superseded_at IS NULL"
                + "  AND a.fiscal_year <= ?),"
                + " (SELECT COUNT(*) FROM measure_report m WHERE m.import_file_id = f.id AND m.superseded_at IS NULL"
                + "  AND m.fiscal_year = ?),"
                + " (SELECT COUNT(*) FROM budget_line b WHERE b.import_file_id = f.id AND b.superseded_at IS NULL"
                + "  AND b.fiscal_year = ?)"
                + " FROM import_file f WHERE f.status = 'LANDED' AND f.plan_code = ? ORDER BY f.finished_at, f.id")) {
            select.setInt(1, year.gregorianYear());
            select.setInt(2, year.gregorianYear());
            select.setInt(3, year.gregorianYear());
            select.setString(4, plan);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int actuals = rs.getInt(5);
                    int measures = rs.getInt(6);
                    int budgetLines = rs.getInt(7);
                    if (actuals + measures + budgetLines > 0) {
                        sources.add(new SourceFile(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getString(4), actuals, measures, budgetLines));
                    }
                }
            }
        }
        return sources;
    }
}
