package io.github.senryaku.batch.finalreport;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.annualreport.Manifest;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.runtime.JobRunner;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Runs the final report job and reads what it wrote. */
public final class FinalReports {

    private FinalReports() {
    }

    public static AnnualReports.Result run(JobOperator operator, String plan, Set<ReportFormat> formats, Path folder)
            throws InterruptedException, IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Properties parameters = new Properties();
        parameters.setProperty(FinalReportJob.PLAN, plan);
        parameters.setProperty(FinalReportJob.FORMATS, ReportFormat.text(formats));
        parameters.setProperty(FinalReportJob.OUT, absolute.toString());
        JobExecution execution = JobRunner.startAndWait(operator, FinalReportJob.NAME, parameters);
        Optional<Manifest> manifest = execution.getBatchStatus() == BatchStatus.COMPLETED
                ? Optional.of(Manifest.read(absolute)) : Optional.empty();
        return new AnnualReports.Result(execution.getExecutionId(), execution.getBatchStatus(), absolute, manifest);
    }

    /** The default output folder: {@code <home>/reports/kanazawa-2nd/最終評価}. */
    public static Path defaultFolder(Path reports, String plan) {
        return reports.resolve(plan).resolve("最終評価");
    }
}
