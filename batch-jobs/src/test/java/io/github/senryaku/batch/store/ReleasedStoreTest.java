package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.settings.Settings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by a released senryaku (fixtures/store-v5-2026-12-02: the demo of that day plus one
 * finance import, see its README) opens with today's code — migrating it when the schema has moved on — and
 * every stored value reads back as the release wrote it. The CSV files beside the database were dumped from
 * it by the release, before this code ever opened it.
 */
class ReleasedStoreTest {

    private static final String FIXTURE = "/fixtures/store-v5-2026-12-02/";

    @TempDir
    Path home;

    private Store store;

    @BeforeEach
    void openACopyOfTheReleasedStore() throws Exception {
        Path db = Files.createDirectories(home.resolve("db"));
        try (InputStream in = ReleasedStoreTest.class.getResourceAsStream(FIXTURE + "senryaku.mv.db")) {
            Files.copy(in, db.resolve("senryaku.mv.db"));
        }
        store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"actual", "measure_report", "budget_line", "import_file"})
    void everyValueTheReleaseStored_readsBack(String table) throws Exception {
        List<String> expected = csv(table);

        List<String> read = rows(expected.get(0), table);

        assertEquals(expected, read);
        store.shutdownEmbedded();
    }

    /** Several plans in one store (V6): every row the release stored belongs to the plan then in force. */
    @ParameterizedTest
    @ValueSource(strings = {"actual", "measure_report", "budget_line", "import_file"})
    void everyRowTheReleaseStored_belongsToThePlanThenInForce(String table) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*), COUNT(CASE WHEN plan_code = 'kanazawa-2nd'"
                        + " THEN 1 END) FROM " + table)) {
            rs.next();
            org.junit.jupiter.api.Assertions.assertTrue(rs.getInt(1) > 0, table);
            assertEquals(rs.getInt(1), rs.getInt(2), table);
        }
        assertEquals(false, Files.exists(home.resolve("db").resolve("senryaku.mv.db" + MigrationCopy.SUFFIX)));
        store.shutdownEmbedded();
    }

    private static List<String> csv(String table) throws Exception {
        try (InputStream in = ReleasedStoreTest.class.getResourceAsStream(FIXTURE + table + ".csv")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
        }
    }

    /** The same columns in the dump's order and format: quoted, NULL as nothing, booleans upper case. */
    private List<String> rows(String header, String table) throws Exception {
        String columns = header.replace("\"", "").replace("SUPERSEDED", "SUPERSEDED_AT IS NOT NULL AS SUPERSEDED");
        String order = table.equals("import_file") ? "ID" : "IMPORT_FILE_ID, ORDINAL";
        List<String> rows = new ArrayList<>();
        rows.add(header);
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY " + order)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String value = rs.getString(c);
                    cells.add(value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"");
                }
                rows.add(String.join(",", cells));
            }
        }
        return rows;
    }
}
