package io.github.senryaku.bench;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

/**
 * The benchmark's yardstick for the store floor: the same rows as {@code StoreFloor} writes, inserted with
 * nothing but JDBC — one connection, one {@link PreparedStatement}, {@code addBatch} per row,
 * {@code executeBatch} and a commit per {@value BenchRows#CHUNK} rows — into a fresh store opened with the
 * Store's URL settings. Two table shapes:
 * <ul>
 * <li>{@code keyed}: the store's own {@code actual} table, with its primary key, indexes and foreign keys;
 * <li>{@code bare}: a table of the same columns and types and nothing else (no key, index or constraint).
 * </ul>
 * The gap between the two is what the table's keys cost; the gap between {@code keyed} and the floor is
 * what the import's writer adds.
 *
 * <p>Run as a program: {@code PlainJdbcInsert DATA_FOLDER ROWS YEARS keyed|bare}.
 */
public final class PlainJdbcInsert {

    private static final String PLAN = "kanazawa-2nd";

    private PlainJdbcInsert() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int years = Integer.parseInt(args[2]);
        boolean keyed = switch (args[3]) {
            case "keyed" -> true;
            case "bare" -> false;
            default -> throw new IllegalArgumentException("table shape: keyed or bare, not " + args[3]);
        };
        Settings.Database database = BenchRows.database(home);
        Store store = Store.open(database, PLAN);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            String table = keyed ? "actual" : "plain_actual";
            if (!keyed) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE plain_actual AS SELECT * FROM actual WITH NO DATA");
                }
            }
            long importId = ImportLedger.begin(connection, "0".repeat(64), "plain.xlsx", "合成課", 0, 0, Instant.now());
            connection.setAutoCommit(false);
            insert(connection, table, importId, rows, years);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        store.shutdownEmbedded();
        System.out.printf("rows=%d seconds=%.2f%n", rows, seconds);
    }

    private static void insert(Connection connection, String table, long importId, int rows, int years)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (import_file_id, ordinal,"
                + " target_code, fiscal_year, figure, figure_scale, state, approximate, published, unpublished_label,"
                + " remark, sheet, cell, plan_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int ordinal = 1; ordinal <= rows; ordinal++) {
                BigDecimal figure = BenchRows.figure(ordinal);
                insert.setLong(1, importId);
                insert.setLong(2, ordinal);
                insert.setString(3, BenchRows.targetCode(ordinal, years));
                insert.setInt(4, BenchRows.year(ordinal, years));
                insert.setBigDecimal(5, figure);
                insert.setInt(6, figure.scale());
                insert.setNull(7, Types.VARCHAR);
                insert.setBoolean(8, false);
                insert.setBoolean(9, true);
                insert.setNull(10, Types.VARCHAR);
                insert.setNull(11, Types.VARCHAR);
                insert.setString(12, BenchRows.SHEET);
                insert.setString(13, BenchRows.cell(ordinal));
                insert.setString(14, PLAN);
                insert.addBatch();
                if (ordinal % BenchRows.CHUNK == 0 || ordinal == rows) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }
}
