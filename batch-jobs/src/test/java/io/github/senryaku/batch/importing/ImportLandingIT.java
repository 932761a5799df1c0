package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.batch.departmentimport.DepartmentSource;
import io.github.senryaku.batch.financeimport.FinanceSource;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a landing makes current and what it makes history, read back from the store (H2 here, PostgreSQL in the
 * failsafe execution {@code postgres}): a row that differs from the current one of its plan, code and year
 * supersedes exactly that row; an equal row is dropped and the current one stays; the same code in another plan,
 * the rows of an import not landed and rows already history are left alone. A finance file replaces the current
 * lines of its plan's years, and of no other year or plan. Each test works in a fresh store of its own.
 */
class ImportLandingIT {

    private static final String PLAN = "kanazawa-2nd";
    private static final String OTHER_PLAN = "kanazawa-3rd";
    private static final FiscalYear R5 = FiscalYear.of(2023);
    private static final FiscalYear R4 = FiscalYear.of(2022);

    @TempDir
    static Path home;

    private static Store store;

    private static int files;

    @BeforeAll
    static void openStore() {
        store = Store.open(TestStores.database(TestStores.environment(home)), PLAN);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) { // none when the PostgreSQL run is skipped
            store.shutdownEmbedded();
        }
    }

    @Test
    void land_aChangedValueSupersedesTheCurrentRowOfItsKeyOnly_andAnEqualOneIsDropped() throws SQLException {
        long first = landed(PLAN, actual(1, "T4-1", R5, 100), actual(2, "T4-2", R5, 200), measure(3, "M4-1-1", R5, "順調"));
        long otherPlan = landed(OTHER_PLAN, actual(1, "T4-1", R5, 100));
        long notLanded = staged(PLAN, actual(1, "T4-1", R5, 999));

        long second = landed(PLAN, actual(1, "T4-1", R5, 105), actual(2, "T4-2", R5, 200), actual(3, "T4-3", R5, 300),
                measure(4, "M4-1-1", R5, "遅れ"));

        assertEquals(List.of(
                first + " T4-1 2023 100 " + second,
                first + " T4-2 2023 200 current",
                otherPlan + " T4-1 2023 100 current",
                notLanded + " T4-1 2023 999 current",
                second + " T4-1 2023 105 current",
                second + " T4-3 2023 300 current"), actuals(first, otherPlan, notLanded, second));
        assertEquals(List.of(first + " M4-1-1 順調 " + second, second + " M4-1-1 遅れ current"), measures(first, second));
    }

    @Test
    void land_aThirdFile_supersedesTheSecondsRow_andLeavesTheHistoryAsItWas() throws SQLException {
        long first = landed(PLAN, actual(1, "T5-1", R5, 1));
        long second = landed(PLAN, actual(1, "T5-1", R5, 2), actual(2, "T5-1", R4, 20));

        long third = landed(PLAN, actual(1, "T5-1", R5, 3));

        assertEquals(List.of(
                first + " T5-1 2023 1 " + second,
                second + " T5-1 2022 20 current",
                second + " T5-1 2023 2 " + third,
                third + " T5-1 2023 3 current"), actuals(first, second, third));
    }

    @Test
    void land_aFileRepeatingItsOwnKey_landsTheFirstOccurrence() throws SQLException {
        long first = landed(PLAN, actual(1, "T6-1", R5, 10));
        long repeating = stage(PLAN, List.of(actual(1, "T6-1", R5, 11), actual(2, "T6-1", R5, 11)));

        land(repeating, true);

        assertEquals(List.of(first + " T6-1 2023 10 " + repeating, repeating + " T6-1 2023 11 current"),
                actuals(first, repeating));
    }

    @Test
    void landBudget_replacesTheCurrentLinesOfItsPlansYears_only() throws SQLException {
        long first = landedBudget(PLAN, budget(1, "P-1", R5, 100), budget(2, "P-2", R5, 200), budget(3, "P-1", R4, 90));
        long otherPlan = landedBudget(OTHER_PLAN, budget(1, "P-1", R5, 500));

        long second = landedBudget(PLAN, budget(1, "P-1", R5, 110));

        assertEquals(List.of(
                first + " P-1 2022 90 current",
                first + " P-1 2023 100 " + second,
                first + " P-2 2023 200 " + second,
                otherPlan + " P-1 2023 500 current",
                second + " P-1 2023 110 current"), budgetLines(first, otherPlan, second));
    }

    private static long staged(String plan, Staged... rows) throws SQLException {
        return stage(plan, List.of(rows));
    }

    private static long stage(String plan, List<Staged> rows) throws SQLException {
        String name = "file" + ++files + ".xlsx";
        return store.inTransaction(connection -> {
            long importId = ImportLedger.begin(connection, String.format("%064d", files), name, "観光政策課", 0, 0,
                    Instant.now(), ImportLedger.DEPARTMENT, Optional.of(plan));
            new ImportRows(importId, plan).write(connection, rows.stream()
                    .map(row -> new ValidatedRow(row.ordinal(), Optional.of(row), List.of())).toList());
            return importId;
        });
    }

    private static long landed(String plan, Staged... rows) throws SQLException {
        long importId = staged(plan, rows);
        land(importId, false);
        return importId;
    }

    private static void land(long importId, boolean repeats) throws SQLException {
        store.inDurableTransaction(connection -> {
            ImportSource.Landed counts = new DepartmentSource().land(connection, importId, Instant.now(), repeats);
            ImportLedger.end(connection, importId, ImportLedger.LANDED, "archived.xlsx", "inbox.xlsx", counts.actuals(),
                    counts.measures(), 0, 0, 0, Instant.now());
            return null;
        });
    }

    private static long landedBudget(String plan, Staged... lines) throws SQLException {
        long importId = staged(plan, lines);
        store.inDurableTransaction(connection -> {
            new FinanceSource().land(connection, importId, Instant.now(), false);
            ImportLedger.end(connection, importId, ImportLedger.LANDED, "archived.xlsx", "inbox.xlsx", 0, 0, 0, 0, 0,
                    Instant.now());
            return null;
        });
        return importId;
    }

    private static Staged actual(long ordinal, String code, FiscalYear year, int figure) {
        return new Staged.Actual(ordinal, (TargetCode) PlanCode.parse(code).orElseThrow(), year,
                new Reported.Figure(new Quantity(BigDecimal.valueOf(figure), false)), null, "数値目標実績", "D" + ordinal);
    }

    private static Staged measure(long ordinal, String code, FiscalYear year, String status) {
        return new Staged.Measure(ordinal, (MeasureCode) PlanCode.parse(code).orElseThrow(), year, status, null, null,
                null, null, "施策実施状況", (int) ordinal, "B" + ordinal);
    }

    private static Staged budget(long ordinal, String project, FiscalYear year, int budgetYen) {
        return new Staged.Budget(ordinal, project, "事業", Optional.empty(), year, BigDecimal.valueOf(budgetYen),
                BigDecimal.ZERO, null, "事業別予算決算", (int) ordinal, "A" + ordinal);
    }

    /** "import code year figure superseded-by-or-current", for the imports' rows that are still stored. */
    private static List<String> actuals(long... imports) throws SQLException {
        return rows("SELECT import_file_id, target_code, fiscal_year, CAST(figure AS INT), superseded_by_file, superseded_at"
                + " FROM actual WHERE import_file_id IN (" + ids(imports) + ")"
                + " ORDER BY import_file_id, target_code, fiscal_year");
    }

    private static List<String> measures(long... imports) throws SQLException {
        return rows("SELECT import_file_id, measure_code, status, superseded_by_file, superseded_at FROM measure_report"
                + " WHERE import_file_id IN (" + ids(imports) + ") ORDER BY import_file_id, measure_code, fiscal_year");
    }

    private static List<String> budgetLines(long... imports) throws SQLException {
        return rows("SELECT import_file_id, project_code, fiscal_year, CAST(budget_yen AS INT), superseded_by_file,"
                + " superseded_at FROM budget_line WHERE import_file_id IN (" + ids(imports) + ")"
                + " ORDER BY import_file_id, project_code, fiscal_year");
    }

    private static String ids(long... imports) {
        return String.join(", ", java.util.Arrays.stream(imports).mapToObj(Long::toString).toList());
    }

    /**
     * Each row as its leading columns and then the import that superseded it or "current"; the last column,
     * superseded_at, must be set exactly when the one before it is.
     */
    private static List<String> rows(String sql) throws SQLException {
        return store.inTransaction(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns - 2; i++) {
                        values.add(rs.getString(i));
                    }
                    long by = rs.getLong(columns - 1);
                    boolean current = rs.wasNull();
                    assertEquals(current, rs.getTimestamp(columns) == null, "superseded_at with superseded_by_file");
                    values.add(current ? "current" : Long.toString(by));
                    rows.add(String.join(" ", values));
                }
            }
            return rows;
        });
    }
}
