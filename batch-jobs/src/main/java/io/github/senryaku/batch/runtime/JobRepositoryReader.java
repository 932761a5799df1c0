package io.github.senryaku.batch.runtime;

import io.github.senryaku.batch.store.Store;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import java.util.Optional;

/**
 * JBeret's JDBC job repository read on its own, without CDI or the batch runtime, for a command that only
 * lists job executions ({@code senryaku jobs}): starting Weld and JBeret would cost seconds to read a few rows.
 * The rows are read and turned into {@link JobExecution}s by JBeret's own {@link JdbcRepository}, with the
 * configuration {@link BatchRuntimeBootstrap} gives the runtime, so they read as the runtime's operator
 * would show them.
 *
 * <p>{@code JdbcRepository} creates its tables when they are missing; this reader never lets it: a store
 * in which no job has run yet has no executions to list, and a reader writes nothing.
 */
public final class JobRepositoryReader {

    private JobRepositoryReader() {
    }

    /** The store's job repository, read on its own; empty when no job has run in the store yet. */
    public static Optional<JobRepository> open(Store store) throws SQLException {
        if (!hasJobTables(store)) {
            return Optional.empty();
        }
        return Optional.of(new JdbcRepository(BatchRuntimeBootstrap.repositoryProperties(store.database())));
    }

    /** Whether the batch runtime has ever made its tables in this store (it does at its first start). */
    private static boolean hasJobTables(Store store) throws SQLException {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("SELECT COUNT(*) FROM JOB_EXECUTION").close();
                return true;
            } catch (SQLException missing) {
                return false;
            }
        }
    }
}
