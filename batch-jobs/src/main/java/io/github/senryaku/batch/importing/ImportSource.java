package io.github.senryaku.batch.importing;

import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between the senders of workbooks (a department's report, the finance office's budget, the
 * planning office's record of the council's opinions): which
 * sheets to look for, how a row is checked against the plan, which checks run across rows and how an accepted
 * file lands. Everything else of an import (screening, staging, filing, restarts) is the same and lives in this
 * package. Each job names its source in its {@code source} property; the shared artifacts get the matching bean
 * through {@link ImportSources}.
 */
public interface ImportSource {

    /** The job property's value, and the bean's {@code @Named} name: {@code department}, {@code finance}, {@code council}. */
    String name();

    /** The job that imports this source's files: named after the source, {@code <name>-import}. */
    default String jobName() {
        return jobOf(name());
    }

    /** How the ledger and the run table record the source ({@code import_file.source}): DEPARTMENT, FINANCE, COUNCIL. */
    default String recordedAs() {
        return name().toUpperCase(Locale.ROOT);
    }

    /** The sheets a workbook of this source holds (at least one of them). */
    List<ReportSheet> sheets();

    /** A fresh checker of one file's rows, in the order they are read (it may remember what it has seen). */
    RowChecker rowChecker(PlanCatalog catalog, String fileName);

    /**
     * Whether the file's staged rows report some key twice. Asked only when staging marked the import as one
     * that may ({@code ImportLedger.mayRepeat}), because the grouped query it takes is costly on large files.
     */
    boolean repeats(Connection connection, long importId) throws SQLException;

    /** The problems of rows that report the same key twice; asked only when {@link #repeats} said so. */
    List<Problem> repeatedRows(Connection connection, long importId, String fileName) throws SQLException;

    /** Problems of the file as a whole that only show once its rows are known to be right; none by default. */
    default List<Problem> beforeLanding(Connection connection, long importId, String fileName) throws SQLException {
        return List.of();
    }

    /**
     * Makes the file's staged rows current, in the caller's transaction.
     *
     * @param repeats what {@link #repeats} said (false when it was not asked)
     */
    Landed land(Connection connection, long importId, Instant now, boolean repeats) throws SQLException;

    /** Checks one row of one file; an empty result means the row reports nothing and is left out. */
    @FunctionalInterface
    interface RowChecker {
        Optional<ValidatedRow> check(ReportRow row);
    }

    /** How many actuals and measure reports a landed file made current (the ledger's counts). */
    record Landed(int actuals, int measures) {
    }

    /** The job that imports the files of the source recorded as {@code source} (the ledger's or the job's spelling). */
    static String jobOf(String source) {
        return source.toLowerCase(Locale.ROOT) + "-import";
    }
}
