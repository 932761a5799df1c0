package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.store.BinaryCopy;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Quantity;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A table that an import's rows are staged in (db/migration V1, V2, V6, V9), as the import writes it: its
 * columns in order, each with its type and how a staged row gives its value. Both ways of writing a chunk
 * follow this one description — a batched INSERT on H2, a binary COPY on PostgreSQL — so they cannot drift
 * apart. Every row also carries its import ({@code import_file_id}, first) and its plan
 * ({@code plan_code}, last), which the writer adds.
 */
record StagedTable<R extends Staged>(String name, Class<R> rowType, List<StagedTable.Column<R>> columns) {

    static final StagedTable<Staged.Actual> ACTUAL = new StagedTable<>("actual", Staged.Actual.class, List.of(
            Column.of("ordinal", Type.BIGINT, Staged.Actual::ordinal),
            Column.of("target_code", Type.VARCHAR, a -> a.code().text()),
            Column.of("fiscal_year", Type.INT, a -> a.year().gregorianYear()),
            Column.of("figure", Type.NUMERIC, a -> quantity(a) == null ? null : quantity(a).value()),
            Column.of("figure_scale", Type.INT, a -> quantity(a) == null ? null : quantity(a).value().scale()),
            Column.of("state", Type.VARCHAR, a -> a.reported() instanceof Reported.State s ? s.state() : null),
            Column.of("approximate", Type.BOOLEAN, a -> quantity(a) != null && quantity(a).approximate()),
            Column.of("published", Type.BOOLEAN, a -> !(a.reported() instanceof Reported.Unpublished)),
            Column.of("unpublished_label", Type.VARCHAR,
                    a -> a.reported() instanceof Reported.Unpublished u ? u.label() : null),
            Column.of("remark", Type.VARCHAR, Staged.Actual::remark),
            Column.of("sheet", Type.VARCHAR, Staged.Actual::sheet),
            Column.of("cell", Type.VARCHAR, Staged.Actual::cell)));

    static final StagedTable<Staged.Measure> MEASURE = new StagedTable<>("measure_report", Staged.Measure.class, List.of(
            Column.of("ordinal", Type.BIGINT, Staged.Measure::ordinal),
            Column.of("measure_code", Type.VARCHAR, m -> m.code().text()),
            Column.of("fiscal_year", Type.INT, m -> m.year().gregorianYear()),
            Column.of("status", Type.VARCHAR, Staged.Measure::status),
            Column.of("content", Type.VARCHAR, Staged.Measure::content),
            Column.of("result", Type.VARCHAR, Staged.Measure::result),
            Column.of("issue", Type.VARCHAR, Staged.Measure::issue),
            Column.of("direction", Type.VARCHAR, Staged.Measure::direction),
            Column.of("sheet", Type.VARCHAR, Staged.Measure::sheet),
            Column.of("row_number", Type.INT, Staged.Measure::rowNumber),
            Column.of("cell", Type.VARCHAR, Staged.Measure::cell)));

    static final StagedTable<Staged.Budget> BUDGET = new StagedTable<>("budget_line", Staged.Budget.class, List.of(
            Column.of("ordinal", Type.BIGINT, Staged.Budget::ordinal),
            Column.of("project_code", Type.VARCHAR, Staged.Budget::projectCode),
            Column.of("project_name", Type.VARCHAR, Staged.Budget::projectName),
            Column.of("measure_code", Type.VARCHAR, b -> b.measure().map(code -> code.text()).orElse(null)),
            Column.of("fiscal_year", Type.INT, b -> b.year().gregorianYear()),
            Column.of("budget_yen", Type.NUMERIC, Staged.Budget::budgetYen),
            Column.of("spent_yen", Type.NUMERIC, Staged.Budget::spentYen),
            Column.of("funding", Type.VARCHAR, Staged.Budget::funding),
            Column.of("sheet", Type.VARCHAR, Staged.Budget::sheet),
            Column.of("row_number", Type.INT, Staged.Budget::rowNumber),
            Column.of("cell", Type.VARCHAR, Staged.Budget::cell)));

    static final StagedTable<Staged.Opinion> OPINION = new StagedTable<>("council_opinion", Staged.Opinion.class, List.of(
            Column.of("ordinal", Type.BIGINT, Staged.Opinion::ordinal),
            Column.of("subject_code", Type.VARCHAR, o -> o.subject().text()),
            Column.of("fiscal_year", Type.INT, o -> o.year().gregorianYear()),
            Column.of("opinion", Type.VARCHAR, Staged.Opinion::opinion),
            Column.of("response", Type.VARCHAR, Staged.Opinion::response),
            Column.of("given_by", Type.VARCHAR, o -> o.givenBy().isEmpty() ? null : o.givenBy()),
            Column.of("sheet", Type.VARCHAR, Staged.Opinion::sheet),
            Column.of("row_number", Type.INT, Staged.Opinion::rowNumber),
            Column.of("cell", Type.VARCHAR, Staged.Opinion::cell)));

    static final List<StagedTable<?>> ALL = List.of(ACTUAL, MEASURE, BUDGET, OPINION);

    StagedTable {
        columns = List.copyOf(columns);
    }

    /** A column, its type, and its value in a staged row (null: SQL NULL). */
    record Column<R>(String name, Type type, Function<? super R, ?> value) {

        static <R> Column<R> of(String name, Type type, Function<? super R, ?> value) {
            return new Column<>(name, type, value);
        }
    }

    /**
     * The types of the staged columns, each bound to an INSERT and written to a binary COPY in the form of
     * the column's own type (a COPY converts nothing: an INT column takes 4 bytes, never 8).
     */
    enum Type {
        BIGINT(Types.BIGINT) {
            @Override
            void bindValue(PreparedStatement insert, int index, Object value) throws SQLException {
                insert.setLong(index, (Long) value);
            }

            @Override
            void copyValue(BinaryCopy copy, Object value) throws SQLException {
                copy.int8((Long) value);
            }
        },
        INT(Types.INTEGER) {
            @Override
            void bindValue(PreparedStatement insert, int index, Object value) throws SQLException {
                insert.setInt(index, (Integer) value);
            }

            @Override
            void copyValue(BinaryCopy copy, Object value) throws SQLException {
                copy.int4((Integer) value);
            }
        },
        BOOLEAN(Types.BOOLEAN) {
            @Override
            void bindValue(PreparedStatement insert, int index, Object value) throws SQLException {
                insert.setBoolean(index, (Boolean) value);
            }

            @Override
            void copyValue(BinaryCopy copy, Object value) throws SQLException {
                copy.bool((Boolean) value);
            }
        },
        VARCHAR(Types.VARCHAR) {
            @Override
            void bindValue(PreparedStatement insert, int index, Object value) throws SQLException {
                insert.setString(index, (String) value);
            }

            @Override
            void copyValue(BinaryCopy copy, Object value) throws SQLException {
                copy.text((String) value);
            }
        },
        NUMERIC(Types.NUMERIC) {
            @Override
            void bindValue(PreparedStatement insert, int index, Object value) throws SQLException {
                insert.setBigDecimal(index, (BigDecimal) value);
            }

            @Override
            void copyValue(BinaryCopy copy, Object value) throws SQLException {
                copy.numeric((BigDecimal) value);
            }
        };

        private final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }

        /** Binds a value, or NULL, to an INSERT's parameter. */
        void bind(PreparedStatement insert, int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, sqlType);
            } else {
                bindValue(insert, index, value);
            }
        }

        /** Writes a value, or NULL, to a binary COPY. */
        void copy(BinaryCopy copy, Object value) throws SQLException {
            if (value == null) {
                copy.nullValue();
            } else {
                copyValue(copy, value);
            }
        }

        abstract void bindValue(PreparedStatement insert, int index, Object value) throws SQLException;

        abstract void copyValue(BinaryCopy copy, Object value) throws SQLException;
    }

    /** Every column the writer fills: the import, the table's own columns, the plan. */
    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add("import_file_id");
        columns.forEach(column -> names.add(column.name()));
        names.add("plan_code");
        return names;
    }

    String insertSql() {
        List<String> names = columnNames();
        return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    /** The rows of a chunk that go into this table. */
    List<R> rowsOf(List<Staged> staged) {
        return staged.stream().filter(rowType::isInstance).map(rowType::cast).toList();
    }

    private static Quantity quantity(Staged.Actual actual) {
        return actual.reported() instanceof Reported.Figure figure ? figure.quantity() : null;
    }
}
