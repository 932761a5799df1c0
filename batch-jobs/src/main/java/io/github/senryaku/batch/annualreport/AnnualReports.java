package io.github.senryaku.batch.annualreport;

import io.github.senryaku.batch.runtime.JobNotices;
import io.github.senryaku.batch.runtime.JobRunner;
import io.github.senryaku.model.time.FiscalYear;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/** Runs the annual report job and reads what it made. */
public final class AnnualReports {

    /** How a run ended: its execution, and the manifest when it completed. */
    public record Result(long executionId, BatchStatus status, Path folder, Optional<Manifest> manifest) {
    }

    private AnnualReports() {
    }

    public static Result run(JobOperator operator, FiscalYear year, Set<ReportFormat> formats, Path folder)
            throws InterruptedException, IOException {
        return run(operator, year, formats, folder, new Properties());
    }

    /** The report of a plan other than the one the runtime works on (the server's year-end run of every plan). */
    public static Result run(JobOperator operator, String plan, FiscalYear year, Set<ReportFormat> formats, Path folder)
            throws InterruptedException, IOException {
        Properties extra = new Properties();
        extra.setProperty(AnnualReportJob.PLAN, plan);
        return run(operator, year, formats, folder, extra);
    }

    /** As {@link #run(JobOperator, FiscalYear, Set, Path)}, telling {@code progress} as each format begins. */
    public static Result run(JobOperator operator, JobNotices notices, FiscalYear year, Set<ReportFormat> formats,
            Path folder, Consumer<ReportProgress> progress) throws InterruptedException, IOException {
        String key = ReportProgress.key(folder);
        notices.listen(key, notice -> progress.accept((ReportProgress) notice));
        try {
            return run(operator, year, formats, folder, new Properties());
        } finally {
            notices.stopListening(key);
        }
    }

    /** As {@link #run(JobOperator, FiscalYear, Set, Path)}, with extra job parameters (the server's scheduledFor). */
    public static Result run(JobOperator operator, FiscalYear year, Set<ReportFormat> formats, Path folder,
            Properties extra) throws InterruptedException, IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty(AnnualReportJob.YEAR, Integer.toString(year.gregorianYear()));
        parameters.setProperty(AnnualReportJob.FORMATS, ReportFormat.text(formats));
        parameters.setProperty(AnnualReportJob.OUT, absolute.toString());
        JobExecution execution = JobRunner.startAndWait(operator, AnnualReportJob.NAME, parameters);
        Optional<Manifest> manifest = execution.getBatchStatus() == BatchStatus.COMPLETED
                ? Optional.of(Manifest.read(absolute)) : Optional.empty();
        return new Result(execution.getExecutionId(), execution.getBatchStatus(), absolute, manifest);
    }

    /**
     * The default output folder: {@code <home>/reports/kanazawa-2nd/R6}. Two plans may report on the same
     * year, so each plan has a folder of its own.
     */
    public static Path defaultFolder(Path reports, String plan, FiscalYear year) {
        return reports.resolve(plan).resolve(year.shortCode());
    }
}
