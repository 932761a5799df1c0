package io.github.senryaku.batch.departmentimport;

/**
 * The department import job ({@code META-INF/batch-jobs/department-import.xml}): one execution per import run,
 * in two steps: {@code stage}, one partition per workbook of the run, {@code importThreads} files at a time (the
 * file screened — size, content hash, already imported?, a workbook at all?, headers, department, plan, recorded
 * once in the ledger — then chunks of its rows read, validated and staged) → {@code land} (checks
 * across rows, then each file lands whole in one transaction or is sent back with its error report, one file
 * after another in the run's order).
 */
public final class DepartmentImportJob {

    public static final String NAME = "department-import";
    /** Job parameter: the import run ({@code import_run.id}), whose files the partitions work on. */
    public static final String RUN = "run";
    /** Job parameter: rows per chunk (checkpoint interval); default 1000. */
    public static final String CHUNK_SIZE = "chunkSize";

    private DepartmentImportJob() {
    }
}
