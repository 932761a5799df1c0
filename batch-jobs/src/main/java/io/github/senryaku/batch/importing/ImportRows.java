package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.store.BinaryCopy;
import io.github.senryaku.batch.store.ImportProblems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows of one import, written once into {@code actual}, {@code measure_report}, {@code budget_line} or
 * {@code council_opinion} ({@link StagedTable}) while the file is read; they stay invisible until the import lands. Rows are keyed by (import, ordinal): writing a chunk
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
     * Writes a chunk of validated rows, in the caller's transaction. The chunk's ordinals must be new to this
     * import: a restarted step first {@linkplain #discardAfter discards} what it wrote after its last
     * checkpoint. On PostgreSQL the rows go in by binary COPY, elsewhere (H2) by batched INSERTs; a chunk
     * that fails either way leaves nothing once the transaction rolls back.
     */
    void write(Connection connection, List<ValidatedRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        java.util.Objects.requireNonNull(plan, "the plan of the rows");
        List<Staged> staged = rows.stream().flatMap(row -> row.staged().stream()).toList();
        boolean copy = BinaryCopy.isAvailable(connection);
        for (StagedTable<?> table : StagedTable.ALL) {
            if (copy) {
                copy(connection, table, staged);
            } else {
                insert(connection, table, staged);
            }
        }
        ImportProblems.recordRowProblems(connection, importId, rows.stream()
                .map(row -> new ImportProblems.RowProblems(row.ordinal(), row.problems())).toList());
    }

    private <R extends Staged> void insert(Connection connection, StagedTable<R> table, List<Staged> staged)
            throws SQLException {
        List<R> rows = table.rowsOf(staged);
        if (rows.isEmpty()) {
            return;
        }
        List<StagedTable.Column<R>> columns = table.columns();
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (R row : rows) {
                insert.setLong(1, importId);
                for (int i = 0; i < columns.size(); i++) {
                    StagedTable.Column<R> column = columns.get(i);
                    column.type().bind(insert, i + 2, column.value().apply(row));
                }
                insert.setString(columns.size() + 2, plan);
                insert.addBatch();
            }
            try {
                insert.executeBatch();
            } catch (java.sql.BatchUpdateException failed) {
                throw flattened(failed);
            }
        }
    }

    /**
     * A failed batch without the chain of one exception per row behind it: the job repository serializes a
     * step's failure, and a chain of a thousand {@code getNextException()} links overflowed the stack there, so
     * the run said "StackOverflowError: null" instead of the database's reason.
     */
    private static SQLException flattened(java.sql.BatchUpdateException failed) {
        SQLException first = failed.getNextException() != null ? failed.getNextException() : failed;
        SQLException flat = new SQLException(first.getMessage(), first.getSQLState(), first.getErrorCode());
        flat.setStackTrace(failed.getStackTrace());
        return flat;
    }

    private <R extends Staged> void copy(Connection connection, StagedTable<R> table, List<Staged> staged)
            throws SQLException {
        List<R> rows = table.rowsOf(staged);
        if (rows.isEmpty()) {
            return;
        }
        BinaryCopy.copy(connection, table.name(), table.columnNames(), rows, (row, copy) -> {
            copy.int8(importId);
            for (StagedTable.Column<R> column : table.columns()) {
                column.type().copy(copy, column.value().apply(row));
            }
            copy.text(plan);
        });
    }

    /**
     * Deletes the rows, and their problems, written after row {@code ordinal}: a step restarted from a
     * checkpoint writes them again. Problems about the file (ordinal 0) and across rows stay.
     */
    void discardAfter(Connection connection, long ordinal) throws SQLException {
        for (String table : tables(true)) {
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
        for (String table : tables(andProblems)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE import_file_id = ?")) {
                delete.setLong(1, importId);
                delete.executeUpdate();
            }
        }
    }

    /** Every staged table, and with {@code andProblems} the import's problems too. */
    private static List<String> tables(boolean andProblems) {
        List<String> tables = new java.util.ArrayList<>(StagedTable.ALL.stream().map(StagedTable::name).toList());
        if (andProblems) {
            tables.add("import_problem");
        }
        return tables;
    }
}
