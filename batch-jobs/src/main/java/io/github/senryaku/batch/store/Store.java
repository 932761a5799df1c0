package io.github.senryaku.batch.store;

import io.github.senryaku.settings.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.FlywayException;

/**
 * The connection to the store: a connection per unit of work. On a database server it comes from a pool
 * (HikariCP) made at the first one: without it each unit of work paid a login (~15 ms on PostgreSQL with
 * SCRAM, a third of the COPY floor), and a night of many small files is thousands of units of work (100 demo
 * files: 27.1 s without, 15.6 s with, medians of three side by side). An embedded H2 database is opened
 * directly: a session there is cheap (the same 100 files took the same time with and without a pool);
 * {@code DB_CLOSE_DELAY=-1} keeps the database open between units of work.
 */
public final class Store implements AutoCloseable {

    /**
     * Enough for every import thread to hold a connection and take a second one (the ledger while a chunk
     * is open) with the server's requests beside them; more would only queue inside the database.
     */
    private static final int POOL_SIZE = Math.max(10, 4 * Runtime.getRuntime().availableProcessors());

    /** One upgrade of an H2 file at a time within this JVM; the copy's file lock keeps other processes out. */
    private static final Object UPGRADES = new Object();

    private final Settings.Database database;
    /** Made at the first connection, closed by {@link #close} (and {@link #shutdownEmbedded}); made again after. */
    private HikariDataSource pool;

    private Store(Settings.Database database) {
        this.database = database;
    }

    /**
     * Opens the store and brings its schema up to date.
     *
     * <p>When the schema already is the one this build ships, Flyway is never loaded and nothing is written:
     * {@link SchemaHistory} asks the history table alone (one query instead of Flyway's jar scan and some 400
     * classes, about a second of every command). Any doubt — an older or newer version, a failed migration, no
     * history, an upgrade whose copy is still on disk — takes Flyway's path, so today's queries never run on an
     * older schema (a newer one is Flyway's to judge, as before). What that gives up is Flyway's checksum check of migrations already applied on a current
     * store; a shipped migration is never edited (a change is a new version), and {@code SchemaHistoryTest}
     * holds {@link SchemaHistory#SHIPPED_VERSION} to the build's newest.
     *
     * @param legacyPlan the code of the plan the settings name first: rows stored before the store held
     *                   several plans (schema V6) belong to it
     * @throws StoreUnavailableException with a one-line reason when the database cannot be reached or migrated
     */
    public static Store open(Settings.Database database, String legacyPlan) {
        Optional<Store> current = openIfCurrent(database);
        if (current.isPresent()) {
            return current.get();
        }
        Store store = new Store(database);
        Optional<MigrationCopy> copy = MigrationCopy.of(database);
        if (copy.isEmpty()) {
            // Reachable: the check before named a database that cannot be reached, not Flyway's words.
            store.upgrade(Optional.empty(), legacyPlan);
            return store;
        }
        // One upgrade of an H2 file at a time, across threads (UPGRADES) and processes (the copy's lock): a reader
        // such as `status` that finds the copy of an upgrade another process is running waits for it instead of
        // putting the copy back under it, and then finds the store current.
        synchronized (UPGRADES) {
            try (MigrationCopy.Hold held = copy.get().hold()) {
                copy.get().restoreIfInterrupted();
                // A first schema cut short is emptied here and made again below, its marker kept until it is on disk.
                // A store that holds imports or jobs was never a new one: its marker is dropped, its schema left
                // to Flyway's judgement as any store's.
                if (copy.get().firstSchemaCutShort() && !store.startAfreshIfNeverUsed()) {
                    copy.get().discard();
                }
                if (store.isCurrent()) {
                    return store;
                }
                store.upgrade(copy, legacyPlan);
            } catch (IOException failed) {
                throw new StoreUnavailableException("中断された構成更新の前の状態に戻せません: " + failed.getMessage(), failed);
            }
        }
        return store;
    }

    /**
     * The store, if its schema is the one this build ships and no upgrade was cut short; nothing is migrated or
     * put back here (that is {@link #open}'s, which needs the plans). A read-only command opens it so while it
     * reads its plans.
     *
     * @throws StoreUnavailableException with a one-line reason when the database cannot be reached
     */
    public static Optional<Store> openIfCurrent(Settings.Database database) {
        Store store = new Store(database);
        // A copy on disk means the file may be half in one version: it is put back before anything opens it.
        boolean interrupted = MigrationCopy.of(database).map(MigrationCopy::interrupted).orElse(false);
        return !interrupted && store.isCurrent() ? Optional.of(store) : Optional.empty();
    }

    /**
     * Runs the migrations; on an H2 file, with a copy of the store on disk (or, for a new store, a marker) for as
     * long as they run, and forced onto the device before the copy or marker goes.
     */
    private void upgrade(Optional<MigrationCopy> copy, String legacyPlan) {
        try {
            if (copy.isPresent() && hasPendingUpgrade(legacyPlan)) {
                shutdownEmbedded();
                copy.get().take();
            } else if (copy.isPresent()) {
                // A new store: nothing to copy, but its first schema must not be left half made either.
                copy.get().markFirstSchema();
            }
            migrateOrStartAfresh(legacyPlan);
            if (copy.isPresent()) {
                checkpoint();
                copy.get().discard();
            }
        } catch (IOException failed) {
            throw new StoreUnavailableException("構成更新の前にデータベースを複製できません: " + failed.getMessage(), failed);
        }
    }

    private void migrateOrStartAfresh(String legacyPlan) {
        try {
            migrate(legacyPlan);
        } catch (FlywayException failed) {
            if (!startAfreshIfNeverUsed()) {
                throw new StoreUnavailableException("データベースの構成を更新できません: " + failed.getMessage(), failed);
            }
            try {
                migrate(legacyPlan);
            } catch (FlywayException again) {
                throw new StoreUnavailableException("データベースの構成を更新できません: " + again.getMessage(), again);
            }
        }
    }

    /**
     * Whether the schema is the one this build ships ({@link SchemaHistory}); connecting is the first test, made
     * outside the pool so that a database that cannot be reached is named at once, in its driver's words.
     */
    private boolean isCurrent() {
        try (Connection probe = direct()) {
            return SchemaHistory.isCurrent(probe);
        } catch (SQLException unreachable) {
            throw new StoreUnavailableException("データベースに接続できません（" + database.url() + "）: " + unreachable.getMessage(),
                    unreachable);
        }
    }

    private Flyway flyway(String legacyPlan) {
        return Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("legacy_plan", legacyPlan))
                .load();
    }

    private void migrate(String legacyPlan) {
        flyway(legacyPlan).migrate();
    }

    /** Whether a store that already holds a schema has migrations to run (a new store has nothing to lose). */
    private boolean hasPendingUpgrade(String legacyPlan) {
        MigrationInfoService info = flyway(legacyPlan).info();
        return info.current() != null && info.pending().length > 0;
    }

    /** Forces what H2 has committed onto the device. */
    private void checkpoint() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException failed) {
            throw new StoreUnavailableException("データベースを書き出せません: " + failed.getMessage(), failed);
        }
    }

    /**
     * On H2 every DDL statement commits by itself, so a first start killed while it created the schema leaves
     * half of it, which the next start cannot migrate. Such a store never held an import or a job: it is
     * emptied and made again. A store that did is never touched (its later migrations are idempotent).
     *
     * @return whether the store was emptied
     */
    private boolean startAfreshIfNeverUsed() {
        if (!database.isEmbedded()) {
            return false;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : java.util.List.of("IMPORT_FILE", "JOB_INSTANCE")) {
                try (java.sql.ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return false;
                    }
                } catch (SQLException missing) {
                    // not created yet: nothing in it either
                }
            }
            java.util.logging.Logger.getLogger(Store.class.getName()).warning(
                    "the store's schema was left half-made by an interrupted first start; it is made again");
            statement.execute("DROP ALL OBJECTS");
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    public Settings.Database database() {
        return database;
    }

    /**
     * A connection for one unit of work: on a database server from the pool (closing it gives it back, its
     * auto-commit, isolation and read-only reset), on embedded H2 a session of its own.
     */
    public Connection connect() throws SQLException {
        if (database.isEmbedded()) {
            return direct();
        }
        return pool().getConnection();
    }

    /** A session outside the pool. */
    private Connection direct() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private synchronized HikariDataSource pool() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("senryaku-store");
            config.setJdbcUrl(database.url());
            config.setUsername(database.user());
            config.setPassword(database.password());
            config.setMaximumPoolSize(POOL_SIZE);
            // No connection is made ahead of need: a read-only command uses one or two.
            config.setMinimumIdle(0);
            config.setInitializationFailTimeout(-1);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** Closes the pool's connections; the next {@link #connect} makes a new pool. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    /**
     * Closes the pool and an embedded H2 database, which {@code DB_CLOSE_DELAY=-1} otherwise keeps open until
     * the JVM ends; it reopens at the next connection. A database server is left running.
     */
    public void shutdownEmbedded() {
        close();
        if (!database.isEmbedded()) {
            return;
        }
        try (Connection connection = direct();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException alreadyClosed) {
            // nothing left open
        }
    }

    /** Runs work in one transaction: all of it lands, or none. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        return transaction(work, false);
    }

    /**
     * Runs work in one transaction that is on disk when this method returns: what a user is then told
     * (取込済, 差戻し, HTTP 200, COMPLETED) survives a power cut or kill -9 the moment after. On PostgreSQL the
     * transaction commits synchronously whatever the server's {@code synchronous_commit}. H2 acknowledges a
     * commit up to {@code WRITE_DELAY} (0.5 s) before writing it, so the commit is followed by
     * {@code CHECKPOINT SYNC}, which writes every commit so far and forces it onto the device. Other commits
     * (a staged chunk, a checkpoint) are left to H2's writer: a crash may undo the last of them, never half
     * of one, and the job restarts from the checkpoint that survived. (Opening H2 with {@code WRITE_DELAY=0}
     * instead passed the same kill tests; two million-row runs on a noisy day showed no clear difference.)
     */
    public <T> T inDurableTransaction(Work<T> work) throws SQLException {
        T result = inTransactionDurableAtSync(work);
        syncCommits();
        return result;
    }

    /**
     * Runs work in one transaction that is on disk once the next {@link #syncCommits} returns: a run that lands
     * many small files makes a group of them durable with one sync (on H2 a {@code CHECKPOINT SYNC} per file was
     * a quarter of a small file's landing) and tells nobody of any of them before that. On PostgreSQL the
     * transaction commits synchronously at once (the server groups concurrent WAL flushes itself).
     */
    public <T> T inTransactionDurableAtSync(Work<T> work) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                if (isPostgres(connection)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET LOCAL synchronous_commit TO on");
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    /**
     * Forces every commit so far onto the device: on H2 {@code CHECKPOINT SYNC}; on PostgreSQL nothing, the
     * durable transactions having committed synchronously.
     */
    public void syncCommits() throws SQLException {
        if (!database.isEmbedded()) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /**
     * Runs reads that must agree with each other (a report's snapshot) in one read-only transaction at
     * REPEATABLE READ: every query sees the store as of the transaction's first read, whatever lands meanwhile.
     */
    public <T> T inConsistentRead(Work<T> work) throws SQLException {
        return transaction(work, true);
    }

    private <T> T transaction(Work<T> work, boolean consistentRead) throws SQLException {
        try (Connection connection = connect()) {
            if (consistentRead) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
