package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.ImportListener;
import io.github.senryaku.batch.importing.ImportResult;
import io.github.senryaku.batch.importing.ImportRunner;
import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.operations.JobOperator;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Imports departments' workbooks through the {@code department-import} job, all the files of a call in one
 * execution, and says how each went. A run that was interrupted is finished first, each of its files from its
 * last checkpoint ({@link ImportRunner}).
 */
public final class DepartmentImports {

    private static final DepartmentSource SOURCE = new DepartmentSource();

    private DepartmentImports() {
    }

    /**
     * Imports department workbooks in one run, after finishing any run left open; {@code onEach} hears of each
     * file as it ends.
     *
     * @param extra job parameters added to the run's (the server's scheduledFor)
     * @return every file's result, in the order they ended
     */
    public static List<ImportResult> run(JobOperator operator, JobResources.Context context, List<Path> files,
            Properties extra, ImportListener onEach) throws InterruptedException, SQLException, IOException {
        return ImportRunner.run(operator, context, SOURCE, files, extra, onEach);
    }

    /** Imports one workbook; its result (a run left open may end other files first: those are not returned). */
    public static ImportResult run(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return run(operator, context, file, new Properties());
    }

    /** As {@link #run(JobOperator, JobResources.Context, Path)}, with extra job parameters. */
    public static ImportResult run(JobOperator operator, JobResources.Context context, Path file, Properties extra)
            throws InterruptedException, SQLException, IOException {
        return ImportRunner.only(file, run(operator, context, List.of(file), extra, result -> { }));
    }
}
