package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.store.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a run of imports left behind, without what differs between two equal runs (ids, times, the time
 * stamps in filed names): the current actuals, every actual row, the rows that are not a landed import's
 * current ones (which import holds them, superseded or not), the ledger, the problems kept, and the files in the
 * inbox, archive/ and rejected/. Two runs that imported the same files the same way are equal.
 */
record ImportedState(List<String> currentActuals, long actualRows, List<String> rowsByImport, List<String> ledger,
        long problemsKept,
        List<String> inbox, List<String> archive, List<String> rejected) {

    static ImportedState read(Map<String, String> environment) throws SQLException, IOException {
        Path home = Path.of(environment.get("SENRYAKU_HOME"));
        try (Connection connection = TestStores.connect(environment)) {
            return new ImportedState(
                    strings(connection, "SELECT a.target_code, a.fiscal_year, a.figure, a.state FROM actual a JOIN import_file f"
                            + " ON f.id = a.import_file_id WHERE f.status = 'LANDED' AND a.superseded_at IS NULL"
                            + " ORDER BY a.target_code, a.fiscal_year"),
                    count(connection, "SELECT COUNT(*) FROM actual"),
                    // Where each row is, so that an unequal count names the import it is in (and whether superseded).
                    strings(connection, "SELECT f.original_name, f.status, a.target_code, a.fiscal_year, a.ordinal,"
                            + " a.superseded_at IS NOT NULL FROM actual a LEFT JOIN import_file f ON f.id = a.import_file_id"
                            + " WHERE f.status IS NULL OR f.status <> 'LANDED' OR a.superseded_at IS NOT NULL"
                            + " ORDER BY 1, 2, 3, 4, 5"),
                    strings(connection, "SELECT original_name, status, actual_count, error_count, warning_count"
                            + " FROM import_file ORDER BY original_name, status"),
                    count(connection, "SELECT COUNT(*) FROM import_problem"),
                    files(home.resolve("inbox")), files(home.resolve("archive")), files(home.resolve("rejected")));
        }
    }

    /** How many actual rows a landed file holds, by its name, or -1 when it has not landed. */
    static long landedRows(Map<String, String> environment, String originalName) throws SQLException {
        try (Connection connection = TestStores.connect(environment);
                var select = connection.prepareStatement("SELECT COUNT(*) FROM actual a JOIN import_file f"
                        + " ON f.id = a.import_file_id WHERE f.status = 'LANDED' AND f.original_name = ?")) {
            select.setString(1, originalName);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long rows = rs.getLong(1);
                return rows > 0 || hasStatus(connection, originalName, "LANDED") ? rows : -1;
            }
        }
    }

    static boolean hasStatus(Map<String, String> environment, String originalName, String status) throws SQLException {
        try (Connection connection = TestStores.connect(environment)) {
            return hasStatus(connection, originalName, status);
        }
    }

    private static boolean hasStatus(Connection connection, String originalName, String status) throws SQLException {
        try (var select = connection.prepareStatement("SELECT 1 FROM import_file WHERE original_name = ? AND status = ?")) {
            select.setString(1, originalName);
            select.setString(2, status);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? "|" : "").append(value instanceof BigDecimal number
                            ? number.stripTrailingZeros().toPlainString() : String.valueOf(value));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The names in a folder, sorted, with the time stamp that filing puts in front taken off. */
    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(path -> path.getFileName().toString().replaceFirst("^\\d{8}-\\d{6}(-\\d+)?_", ""))
                    .sorted().toList();
        }
    }
}
