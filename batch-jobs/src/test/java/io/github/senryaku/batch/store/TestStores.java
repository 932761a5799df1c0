package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The store an end-to-end test runs against: the embedded H2 file in the data folder, or — in the failsafe
 * execution with {@code -Dsenryaku.test.store=postgres} — a fresh schema of the test PostgreSQL
 * ({@code SENRYAKU_TEST_POSTGRES_URL}, made by scripts/start-test-postgres.sh), so the same tests prove
 * the migrations, JBeret's job repository and every query on both.
 */
public final class TestStores {

    public static final String PROPERTY = "senryaku.test.store";

    private TestStores() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    /** SENRYAKU_HOME, plus the JDBC settings of a new PostgreSQL schema in the PostgreSQL run. */
    public static Map<String, String> environment(Path home) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SENRYAKU_HOME", home.toString());
        if (!postgres()) {
            return environment;
        }
        String url = System.getenv("SENRYAKU_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            String why = "SENRYAKU_TEST_POSTGRES_URL is not set (run: eval \"$(bash scripts/start-test-postgres.sh)\")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the PostgreSQL store tests must run under CI: " + why);
            }
            System.err.println("SKIPPED: PostgreSQL store tests: " + why);
            Assumptions.abort(why);
        }
        String user = System.getenv().getOrDefault("SENRYAKU_TEST_POSTGRES_USER", "senryaku");
        String password = System.getenv().getOrDefault("SENRYAKU_TEST_POSTGRES_PASSWORD", "");
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            fail("cannot reach the test PostgreSQL at " + url + ": " + unreachable.getMessage());
        }
        // One test class per JVM (failsafe reuseForks=false): its schema goes when the JVM does.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // a leftover schema in a test database harms nothing
            }
        }));
        environment.put("SENRYAKU_JDBC_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        environment.put("SENRYAKU_JDBC_USER", user);
        environment.put("SENRYAKU_JDBC_PASSWORD", password);
        return environment;
    }

    /**
     * A count from the embedded store of a data folder another process owns (H2 AUTO_SERVER). No
     * DB_CLOSE_DELAY: when this JVM has to open the file itself, it closes it again with its last connection,
     * so the next senryaku process owns the database.
     */
    public static long count(Path home, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db").resolve("senryaku")
                + ";AUTO_SERVER=TRUE", "senryaku", ""); Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * What H2 wrote to its own log ({@code db/senryaku.trace.db}, errors only) for the embedded store of a data
     * folder: empty if nothing. H2 swallows what goes wrong while it closes the file (a compaction cut short,
     * see StoreShutdownTest); only this log tells.
     */
    public static String h2Log(Path home) throws java.io.IOException {
        Path log = home.resolve("db").resolve("senryaku.trace.db");
        return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
    }

    /** The store the environment names, for tests that open it in this JVM ({@link Store#open}). */
    public static Settings.Database database(Map<String, String> environment) {
        String url = environment.get("SENRYAKU_JDBC_URL");
        if (url != null) {
            return new Settings.Database(url, environment.get("SENRYAKU_JDBC_USER"),
                    environment.get("SENRYAKU_JDBC_PASSWORD"));
        }
        return Settings.Database.embedded(Path.of(environment.get("SENRYAKU_HOME")));
    }

    /** A connection to the store the environment names, for tests that read tables directly. */
    public static Connection connect(Map<String, String> environment) throws SQLException {
        String url = environment.get("SENRYAKU_JDBC_URL");
        if (url != null) {
            return DriverManager.getConnection(url, environment.get("SENRYAKU_JDBC_USER"),
                    environment.get("SENRYAKU_JDBC_PASSWORD"));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + Path.of(environment.get("SENRYAKU_HOME")).toAbsolutePath()
                .normalize().resolve("db").resolve("senryaku") + ";AUTO_SERVER=TRUE", "senryaku", "");
    }
}
