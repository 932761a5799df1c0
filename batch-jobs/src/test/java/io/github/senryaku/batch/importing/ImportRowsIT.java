package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.BinaryCopy;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's rows as the stage step writes them ({@link ImportRows#write}, one transaction per chunk), read
 * back from the store: on H2 written by batched INSERTs and, in the failsafe execution {@code postgres}, on
 * PostgreSQL by binary COPY. Every value comes back as written — NULLs, Japanese text beyond the BMP, texts
 * larger than the COPY's buffer, decimals from 10 places to 28 digits — and a chunk that fails midway
 * leaves none of its rows, whichever table they were bound for.
 */
class ImportRowsIT {

    private static final String PLAN = "kanazawa-2nd";
    private static final String SHEET = "数値目標実績";
    /** 12,000 bytes of UTF-8: a few of these fill the COPY's 64 KB buffer. */
    private static final String LONG_TEXT = "観光客の満足度調査を実施し、".repeat(4000 / 14);

    /** SQLSTATEs, the same on H2 and PostgreSQL: a value longer than its column, a key stored twice, no such import. */
    private static final String STRING_TOO_LONG = "22001";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @TempDir
    static Path home;

    private static Store store;

    private ImportRows rows;

    @BeforeAll
    static void openStore() {
        store = Store.open(TestStores.database(TestStores.environment(home)), PLAN);
    }

    @AfterAll
    static void closeStore() {
        if (store == null) {
            return; // skipped: no PostgreSQL to test on (TestStores said so)
        }
        store.shutdownEmbedded();
    }

    @BeforeEach
    void beginImport() throws SQLException {
        long importId = store.inTransaction(connection -> ImportLedger.begin(connection, "0".repeat(64),
                "観光政策課_R6.xlsx", "観光政策課", 0, 0, Instant.now()));
        rows = new ImportRows(importId, PLAN);
    }

    @Test
    void write_onPostgresCopiesElsewhereInserts() throws SQLException {
        boolean copies = store.inTransaction(BinaryCopy::isAvailable);

        assertEquals(TestStores.postgres(), copies);
    }

    @Test
    void write_rowsReadBackAsWritten_valuesNullsJapaneseTextAndDecimals() throws SQLException {
        List<Staged> staged = new ArrayList<>(List.of(
                actual(1, new Reported.Figure(new Quantity(new BigDecimal("1121.5"), false)), "前年比３％増（𠮷野家を含む）"),
                actual(2, new Reported.Figure(new Quantity(new BigDecimal("-0.0000000001"), true)), null),
                actual(3, new Reported.Figure(new Quantity(new BigDecimal("123456789012345678901234567.8901234567"),
                        false)), ""),
                actual(4, new Reported.Figure(new Quantity(new BigDecimal("0.00"), false)), null),
                actual(5, new Reported.Figure(new Quantity(new BigDecimal("1.9E+3"), true)), null),
                actual(6, new Reported.State("整備中"), "🏯 金沢城"),
                actual(7, new Reported.Unpublished("集計中"), null),
                new Staged.Budget(8, "P-001", "観光ＤＸ推進事業", Optional.empty(), FiscalYear.of(2024),
                        new BigDecimal("12345678901234567890"), BigDecimal.ZERO, null, "事業別予算決算", 9, "A9"),
                new Staged.Budget(9, "P-002", "文化のまち推進", Optional.of(new MeasureCode(1, 2, 3)), FiscalYear.of(2024),
                        new BigDecimal("1500000"), new BigDecimal("-2000"), "一般財源", "事業別予算決算", 10, "A10"),
                new Staged.Opinion(40, new ReviewSubject.Overall(), FiscalYear.of(2024), "全体として順調（𠮷の字も）",
                        LONG_TEXT, "", "推進会議意見", 5, "A5"),
                new Staged.Opinion(41, new ReviewSubject.Target(new TargetCode(3, 1)), FiscalYear.of(2024), LONG_TEXT,
                        "誘客を継続する", "第2回推進会議", "推進会議意見", 6, "A6")));
        for (long ordinal = 10; ordinal < 40; ordinal++) {
            staged.add(new Staged.Measure(ordinal, new MeasureCode(2, 1, (int) ordinal), FiscalYear.of(2024), "順調",
                    LONG_TEXT, ordinal % 2 == 0 ? null : "来訪者数が回復した", LONG_TEXT, ordinal % 3 == 0 ? null : "拡充",
                    "施策実施状況", (int) ordinal + 1, "B" + (ordinal + 1)));
        }

        writeChunk(staged);

        assertEquals(expectedActuals(staged), storedActuals());
        assertEquals(expectedMeasures(staged), storedMeasures());
        assertEquals(expectedBudgets(staged), storedBudgets());
        assertEquals(expectedOpinions(staged), storedOpinions());
    }

    @Test
    void write_aChunkWithAValueTooLongForItsColumn_leavesNoneOfTheChunksRows() throws SQLException {
        writeChunk(goodActuals(1, 3));
        List<Staged> failing = mixedChunk(4, 103);
        // A budget line, written after the chunk's actuals and measure reports: 90 KB of UTF-8, more than the
        // COPY's buffer and than project_name's VARCHAR(400).
        failing.set(50, new Staged.Budget(54, "P-054", "長".repeat(30_000), Optional.empty(), FiscalYear.of(2024),
                BigDecimal.ONE, BigDecimal.ONE, null, "事業別予算決算", 54, "A54"));

        SQLException refused = assertThrows(SQLException.class, () -> writeChunk(failing));

        assertEquals(STRING_TOO_LONG, refused.getSQLState(), refused::getMessage);
        assertEquals(List.of(1L, 2L, 3L), storedOrdinals());
        writeChunk(goodActuals(4, 6));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), storedOrdinals());
    }

    @Test
    void write_aChunkRepeatingAnOrdinalAlreadyStored_leavesNoneOfTheChunksRows() throws SQLException {
        writeChunk(goodActuals(1, 3));
        List<Staged> failing = mixedChunk(4, 103);
        // The chunk's last actual repeats the key (import, ordinal) of a stored one.
        failing.set(98, actual(2, new Reported.State("完了"), null));

        SQLException refused = assertThrows(SQLException.class, () -> writeChunk(failing));

        assertEquals(UNIQUE_VIOLATION, refused.getSQLState(), refused::getMessage);
        assertEquals(List.of(1L, 2L, 3L), storedOrdinals());
    }

    /**
     * Every row of a large chunk refused (here: an import the store does not hold) is one exception, not one per row:
     * the job repository serializes a step's failure, and H2's chain of a row's exception after another overflowed
     * the stack there, so that the run said "StackOverflowError: null" instead of the database's reason.
     */
    @Test
    void write_aChunkWhoseEveryRowIsRefused_failsWithOneExceptionThatSerializes() throws Exception {
        ImportRows unknownImport = new ImportRows(999_999, PLAN);
        List<ValidatedRow> chunk = goodActuals(1, 5_000).stream().map(row -> new ValidatedRow(row.ordinal(),
                Optional.of(row), List.of())).toList();

        SQLException refused = assertThrows(SQLException.class, () -> store.inTransaction(connection -> {
            unknownImport.write(connection, chunk);
            return null;
        }));

        // The class of SQLSTATE, an integrity constraint violation: H2 says 23506, PostgreSQL 23503.
        assertEquals(INTEGRITY_CONSTRAINT_VIOLATION, refused.getSQLState().substring(0, 2), refused::getMessage);
        assertTrue(refused.getMessage().toUpperCase(java.util.Locale.ROOT).contains("IMPORT_FILE"), refused::getMessage);
        assertEquals(null, refused.getNextException());
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())) {
            out.writeObject(refused);
        }
    }

    private void writeChunk(List<Staged> staged) throws SQLException {
        List<ValidatedRow> chunk = staged.stream().map(row -> new ValidatedRow(row.ordinal(), Optional.of(row),
                List.of(new Problem(Problem.Severity.WARNING, new Location.Cell("観光政策課_R6.xlsx", SHEET, "A1"), "",
                        "備考が長い", "")))).toList();
        store.inTransaction(connection -> {
            rows.write(connection, chunk);
            return null;
        });
    }

    private static Staged.Actual actual(long ordinal, Reported reported, String remark) {
        return new Staged.Actual(ordinal, new TargetCode(3, (int) ordinal), FiscalYear.of(2024), reported, remark, SHEET,
                "D" + (ordinal + 4));
    }

    private static List<Staged> goodActuals(long first, long last) {
        return LongStream.rangeClosed(first, last).<Staged>mapToObj(ordinal -> actual(ordinal,
                new Reported.Figure(new Quantity(BigDecimal.valueOf(ordinal * 100), false)), null)).toList();
    }

    /** Actuals, measure reports and budget lines, taking turns. */
    private static List<Staged> mixedChunk(long first, long last) {
        List<Staged> chunk = new ArrayList<>();
        for (long ordinal = first; ordinal <= last; ordinal++) {
            chunk.add(switch ((int) (ordinal % 3)) {
                case 0 -> actual(ordinal, new Reported.Figure(new Quantity(BigDecimal.TEN, false)), null);
                case 1 -> new Staged.Measure(ordinal, new MeasureCode(1, 1, (int) ordinal), FiscalYear.of(2024), "順調",
                        null, null, null, null, "施策実施状況", (int) ordinal, "B" + ordinal);
                default -> new Staged.Budget(ordinal, "P-" + ordinal, "事業" + ordinal, Optional.empty(),
                        FiscalYear.of(2024), BigDecimal.ONE, BigDecimal.ONE, null, "事業別予算決算", (int) ordinal, "A" + ordinal);
            });
        }
        return chunk;
    }

    /** Every ordinal the import holds, in any table, its problems included. */
    private List<Long> storedOrdinals() throws SQLException {
        return store.inTransaction(connection -> {
            List<Long> ordinals = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT ordinal FROM actual WHERE import_file_id = ?"
                    + " UNION ALL SELECT ordinal FROM measure_report WHERE import_file_id = ?"
                    + " UNION ALL SELECT ordinal FROM budget_line WHERE import_file_id = ?"
                    + " UNION ALL SELECT ordinal FROM council_opinion WHERE import_file_id = ? ORDER BY 1")) {
                for (int i = 1; i <= 4; i++) {
                    select.setLong(i, rows.importId());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ordinals.add(rs.getLong(1));
                    }
                }
            }
            assertEquals(ordinals, problemOrdinals(connection));
            return ordinals;
        });
    }

    private List<Long> problemOrdinals(Connection connection) throws SQLException {
        List<Long> ordinals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ordinal FROM import_problem WHERE import_file_id = ? ORDER BY ordinal")) {
            select.setLong(1, rows.importId());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ordinals.add(rs.getLong(1));
                }
            }
        }
        return ordinals;
    }

    private static List<String> expectedActuals(List<Staged> staged) {
        return StagedTable.ACTUAL.rowsOf(staged).stream().map(a -> {
            Quantity quantity = a.reported() instanceof Reported.Figure f ? f.quantity() : null;
            return String.join("|", String.valueOf(a.ordinal()), a.code().text(), "2024",
                    quantity == null ? "null" : quantity.value().toString(),
                    String.valueOf(quantity != null && quantity.approximate()),
                    a.reported() instanceof Reported.State s ? s.state() : "null",
                    a.reported() instanceof Reported.Unpublished u ? "false|" + u.label() : "true|null",
                    String.valueOf(a.remark()), a.sheet(), a.cell(), PLAN);
        }).toList();
    }

    /** The stored figure at the scale it was written with (figure_scale), as the readers restore it. */
    private List<String> storedActuals() throws SQLException {
        return select("SELECT ordinal, target_code, fiscal_year, figure, figure_scale, approximate, state, published,"
                + " unpublished_label, remark, sheet, cell, plan_code FROM actual WHERE import_file_id = ? ORDER BY ordinal",
                rs -> {
                    BigDecimal figure = rs.getBigDecimal("figure");
                    return String.join("|", rs.getString("ordinal"), rs.getString("target_code"),
                            rs.getString("fiscal_year"),
                            figure == null ? "null" : figure.setScale(rs.getInt("figure_scale")).toString(),
                            String.valueOf(rs.getBoolean("approximate")),
                            String.valueOf(rs.getString("state")), String.valueOf(rs.getBoolean("published")),
                            String.valueOf(rs.getString("unpublished_label")), String.valueOf(rs.getString("remark")),
                            rs.getString("sheet"), rs.getString("cell"), rs.getString("plan_code"));
                });
    }

    private static List<String> expectedMeasures(List<Staged> staged) {
        return StagedTable.MEASURE.rowsOf(staged).stream().map(m -> String.join("|", String.valueOf(m.ordinal()),
                m.code().text(), "2024", m.status(), String.valueOf(m.content()), String.valueOf(m.result()),
                String.valueOf(m.issue()), String.valueOf(m.direction()), m.sheet(), String.valueOf(m.rowNumber()),
                m.cell(), PLAN)).toList();
    }

    private List<String> storedMeasures() throws SQLException {
        return select("SELECT ordinal, measure_code, fiscal_year, status, content, result, issue, direction, sheet,"
                + " row_number, cell, plan_code FROM measure_report WHERE import_file_id = ? ORDER BY ordinal", rs -> {
                    List<String> fields = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        fields.add(String.valueOf(rs.getString(i)));
                    }
                    return String.join("|", fields);
                });
    }

    private static List<String> expectedBudgets(List<Staged> staged) {
        return StagedTable.BUDGET.rowsOf(staged).stream().map(b -> String.join("|", String.valueOf(b.ordinal()),
                b.projectCode(), b.projectName(), b.measure().map(MeasureCode::text).orElse("null"), "2024",
                b.budgetYen().toString(), b.spentYen().toString(), String.valueOf(b.funding()), b.sheet(),
                String.valueOf(b.rowNumber()), b.cell(), PLAN)).toList();
    }

    private List<String> storedBudgets() throws SQLException {
        return select("SELECT ordinal, project_code, project_name, measure_code, fiscal_year, budget_yen, spent_yen, funding,"
                + " sheet, row_number, cell, plan_code FROM budget_line WHERE import_file_id = ? ORDER BY ordinal", rs -> {
                    List<String> fields = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        fields.add(i == 6 || i == 7 ? rs.getBigDecimal(i).toString() : String.valueOf(rs.getString(i)));
                    }
                    return String.join("|", fields);
                });
    }

    /** An opinion without its 委員・会議 is stored as NULL. */
    private static List<String> expectedOpinions(List<Staged> staged) {
        return StagedTable.OPINION.rowsOf(staged).stream().map(o -> String.join("|", String.valueOf(o.ordinal()),
                o.subject().text(), "2024", o.opinion(), o.response(), o.givenBy().isEmpty() ? "null" : o.givenBy(),
                o.sheet(), String.valueOf(o.rowNumber()), o.cell(), PLAN)).toList();
    }

    private List<String> storedOpinions() throws SQLException {
        return select("SELECT ordinal, subject_code, fiscal_year, opinion, response, given_by, sheet, row_number, cell,"
                + " plan_code FROM council_opinion WHERE import_file_id = ? ORDER BY ordinal", rs -> {
                    List<String> fields = new ArrayList<>();
                    for (int i = 1; i <= 10; i++) {
                        fields.add(String.valueOf(rs.getString(i)));
                    }
                    return String.join("|", fields);
                });
    }

    private interface RowReader {
        String read(ResultSet rs) throws SQLException;
    }

    private List<String> select(String sql, RowReader reader) throws SQLException {
        return store.inTransaction(connection -> {
            List<String> read = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, rows.importId());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read.add(reader.read(rs));
                    }
                }
            }
            return read;
        });
    }
}
