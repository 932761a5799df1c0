package io.github.senryaku.batch.annualreport;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.BudgetLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The finance office's current lines of a year (事業別予算決算), from landed finance imports only. */
final class BudgetLines {

    private BudgetLines() {
    }

    static List<BudgetLine> current(Connection connection, String plan, FiscalYear year) throws SQLException {
        List<BudgetLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT b.project_code, b.project_name, b.measure_code,"
                + " b.budget_yen, b.spent_yen, b.funding FROM budget_line b JOIN import_file f ON f.id = b.import_file_id"
                + " AND f.status = 'LANDED' WHERE b.plan_code = ? AND b.superseded_at IS NULL AND b.fiscal_year = ?"
                + " ORDER BY b.project_code, b.import_file_id, b.ordinal")) {
            select.setString(1, plan);
            select.setInt(2, year.gregorianYear());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Optional<MeasureCode> measure = Optional.ofNullable(rs.getString(3)).flatMap(PlanCode::parse)
                            .filter(MeasureCode.class::isInstance).map(MeasureCode.class::cast);
                    lines.add(new BudgetLine(rs.getString(1), rs.getString(2), measure, year, rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6)));
                }
            }
        }
        return lines;
    }
}
