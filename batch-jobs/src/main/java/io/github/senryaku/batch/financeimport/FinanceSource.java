package io.github.senryaku.batch.financeimport;

import io.github.senryaku.batch.importing.ImportSource;
import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.model.problem.Problem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The finance office's workbook (財政課の事業別予算決算): budget and spending per project, reconciled with the
 * plan's measures. A landed file replaces the current lines of the years it reports.
 */
@Named(FinanceSource.NAME)
@Dependent
public class FinanceSource implements ImportSource {

    /** The {@code source} property of finance-import.xml. */
    public static final String NAME = "finance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReportSheet> sheets() {
        return List.of(ReportSheet.BUDGET);
    }

    @Override
    public RowChecker rowChecker(PlanCatalog catalog, String fileName) {
        // Projects are not plan codes: the budget validator keeps its own set of project codes and years.
        BudgetRowValidator budget = new BudgetRowValidator(catalog);
        return row -> budget.validate(row, fileName);
    }

    /** A project reported twice is always worth the grouped query once staging has seen a repeated key. */
    @Override
    public boolean repeats(Connection connection, long importId) {
        return true;
    }

    @Override
    public List<Problem> repeatedRows(Connection connection, long importId, String fileName) throws SQLException {
        return BudgetLanding.repeatedProjects(connection, importId, fileName);
    }

    @Override
    public List<Problem> beforeLanding(Connection connection, long importId, String fileName) throws SQLException {
        return BudgetLanding.nothingToLand(connection, importId, fileName);
    }

    @Override
    public Landed land(Connection connection, long importId, Instant now, boolean repeats) throws SQLException {
        BudgetLanding.land(connection, importId, now);
        // The ledger counts actuals and measure reports; a finance file holds neither.
        return new Landed(0, 0);
    }
}
