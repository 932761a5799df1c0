package io.github.senryaku.batch.imports;

/**
 * The department import job ({@code META-INF/batch-jobs/department-import.xml}): one execution per
 * workbook. Steps: {@code screen} (size, content hash, already imported?, a workbook at all?, headers,
 * department) → {@code stage} (chunks of rows read, validated and staged) → {@code land} (checks across
 * rows, then the whole file lands in one transaction or is sent back with its error report).
 *
 * <p>The job's exit status says how the file left: {@code LANDED}, {@code DUPLICATE} or {@code REJECTED}.
 */
public final class DepartmentImportJob {

    public static final String NAME = "department-import";
    /** Job parameter: the workbook's path. */
    public static final String FILE = "file";
    /** Job parameter: rows per chunk (checkpoint interval); default 1000. */
    public static final String CHUNK_SIZE = "chunkSize";

    public static final String LANDED = ImportOutcomes.LANDED;
    public static final String DUPLICATE = ImportOutcomes.DUPLICATE;
    public static final String REJECTED = ImportOutcomes.REJECTED;

    private DepartmentImportJob() {
    }
}
