package io.github.senryaku.batch;

/** Marks the root package whose classes the CDI container scans for batch artifacts, and names the jobs. */
public final class BatchArtifacts {

    /**
     * Every job senryaku defines ({@code META-INF/batch-jobs/<name>.xml}). JBeret's
     * {@code JobOperator.getJobNames()} knows only the jobs loaded in the running JVM, so listings and
     * recovery go by this list.
     */
    public static final java.util.List<String> JOB_NAMES =
            java.util.List.of(io.github.senryaku.batch.imports.DepartmentImportJob.NAME,
                    io.github.senryaku.batch.imports.FinanceImportJob.NAME,
                    io.github.senryaku.batch.annualreport.AnnualReportJob.NAME,
                    io.github.senryaku.batch.finalreport.FinalReportJob.NAME);

    private BatchArtifacts() {
    }
}
