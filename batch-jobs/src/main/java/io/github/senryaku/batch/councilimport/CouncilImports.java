package io.github.senryaku.batch.councilimport;

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

/** Imports the council's opinions through the {@code council-import} job, as departments' workbooks are imported. */
public final class CouncilImports {

    private static final CouncilSource SOURCE = new CouncilSource();

    private CouncilImports() {
    }

    /** Imports the workbooks in one run, after finishing any run left open; {@code onEach} hears of each file. */
    public static List<ImportResult> run(JobOperator operator, JobResources.Context context, List<Path> files,
            ImportListener onEach) throws InterruptedException, SQLException, IOException {
        return ImportRunner.run(operator, context, SOURCE, files, new Properties(), onEach);
    }

    /** Imports one workbook; its result. */
    public static ImportResult run(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return ImportRunner.only(file, run(operator, context, List.of(file), result -> { }));
    }
}
