package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Quantity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The rows of one import, written once into {@code actual} and {@code measure_report} while the file is
 * read; they stay invisible until the import lands. Rows are keyed by (import, ordinal): writing a chunk
 * again after a restart replaces its rows instead of adding them twice.
 */
final class ImportRows {

    /** Ordinal of problems about the file or a sheet rather than a row. */
    static final long FILE_LEVEL = 0;
    /** Ordinal of problems across rows, listed after every row's own. */
    static final long ACROSS_ROWS = Long.MAX_VALUE;

    private final long importId;
    private final String plan;

    /** @param plan the plan the import reports on; its rows are stamped with it */
    ImportRows(long importId, String plan) {
        this.importId = importId;
        this.plan = plan;
    }

    /** For deleting an import's rows, which needs no plan. */
    ImportRows(long importId) {
        this(importId, null);
    }

    long importId() {
        return importId;
    }

    /**
     * Writes a chunk of validated rows. The chunk's ordinals must be new to this import: a restarted step
     * first {@linkplain #discardAfter discards} what it wrote after its last checkpoint.
     */
    void write(Connection connection, List<ValidatedRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        java.util.Objects.requireNonNull(plan, "the plan of the rows");
        try (PreparedStatement actual = connection.prepareStatement("INSERT INTO actual (import_file_id, ordinal,"
                + " target_code, fiscal_year, figure, figure_scale, state, approximate, published, unpublished_label,"
                + " remark, sheet, cell, plan_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement measure = connection.prepareStatement("INSERT INTO measure_report (import_file_id,"
                        + " ordinal, measure_code, fiscal_year, status, content, result, issue, direction, sheet,"
                        + " row_number, cell, plan_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement budget = connection.prepareStatement("INSERT INTO budget_line (import_file_id,"
                        + " ordinal, project_code, project_name, measure_code, fiscal_year, budget_yen, spent_yen, funding,"
                        + " sheet, row_number, cell, plan_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ValidatedRow row : rows) {
                if (row.staged().isPresent() && row.staged().get() instanceof Staged.Actual a) {
                    bindActual(actual, a);
                    actual.addBatch();
                } else if (row.staged().isPresent() && row.staged().get() instanceof Staged.Measure m) {
                    bindMeasure(measure, m);
                    measure.addBatch();
                } else if (row.staged().isPresent() && row.staged().get() instanceof Staged.Budget b) {
                    bindBudget(budget, b);
                    budget.addBatch();
                }
            }
            actual.executeBatch();
            measure.executeBatch();
            budget.executeBatch();
        }
        ImportProblems.recordRowProblems(connection, importId, rows.stream()
                .map(row -> new ImportProblems.RowProblems(row.ordinal(), row.problems())).toList());
    }

    /**
     * Deletes the rows, and their problems, written after row {@code ordinal}: a step restarted from a
     * checkpoint writes them again. Problems about the file (ordinal 0) and across rows stay.
     */
    void discardAfter(Connection connection, long ordinal) throws SQLException {
        for (String table : List.of("actual", "measure_report", "budget_line", "import_problem")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE import_file_id = ? AND ordinal > ? AND ordinal < ?")) {
                delete.setLong(1, importId);
                delete.setLong(2, ordinal);
                delete.setLong(3, ACROSS_ROWS);
                delete.executeUpdate();
            }
        }
    }

    /** Deletes the import's rows; with {@code andProblems} its problems too (a restart from scratch). */
    void clear(Connection connection, boolean andProblems) throws SQLException {
        for (String table : andProblems ? List.of("actual", "measure_report", "budget_line", "import_problem")
                : List.of("actual", "measure_report", "budget_line")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE import_file_id = ?")) {
                delete.setLong(1, importId);
                delete.executeUpdate();
            }
        }
    }

    private void bindActual(PreparedStatement insert, Staged.Actual a) throws SQLException {
        insert.setLong(1, importId);
        insert.setLong(2, a.ordinal());
        insert.setString(3, a.code().text());
        insert.setInt(4, a.year().gregorianYear());
        Reported reported = a.reported();
        Quantity quantity = reported instanceof Reported.Figure f ? f.quantity() : null;
        if (quantity != null) {
            insert.setBigDecimal(5, quantity.value());
            insert.setInt(6, quantity.value().scale());
        } else {
            insert.setNull(5, Types.NUMERIC);
            insert.setNull(6, Types.INTEGER);
        }
        insert.setString(7, reported instanceof Reported.State s ? s.state() : null);
        insert.setBoolean(8, quantity != null && quantity.approximate());
        insert.setBoolean(9, !(reported instanceof Reported.Unpublished));
        insert.setString(10, reported instanceof Reported.Unpublished u ? u.label() : null);
        insert.setString(11, a.remark());
        insert.setString(12, a.sheet());
        insert.setString(13, a.cell());
        insert.setString(14, plan);
    }

    private void bindBudget(PreparedStatement insert, Staged.Budget b) throws SQLException {
        insert.setLong(1, importId);
        insert.setLong(2, b.ordinal());
        insert.setString(3, b.projectCode());
        insert.setString(4, b.projectName());
        insert.setString(5, b.measure().map(code -> code.text()).orElse(null));
        insert.setInt(6, b.year().gregorianYear());
        insert.setBigDecimal(7, b.budgetYen());
        insert.setBigDecimal(8, b.spentYen());
        insert.setString(9, b.funding());
        insert.setString(10, b.sheet());
        insert.setInt(11, b.rowNumber());
        insert.setString(12, b.cell());
        insert.setString(13, plan);
    }

    private void bindMeasure(PreparedStatement insert, Staged.Measure m) throws SQLException {
        insert.setLong(1, importId);
        insert.setLong(2, m.ordinal());
        insert.setString(3, m.code().text());
        insert.setInt(4, m.year().gregorianYear());
        insert.setString(5, m.status());
        insert.setString(6, m.content());
        insert.setString(7, m.result());
        insert.setString(8, m.issue());
        insert.setString(9, m.direction());
        insert.setString(10, m.sheet());
        insert.setInt(11, m.rowNumber());
        insert.setString(12, m.cell());
        insert.setString(13, plan);
    }
}
