package io.github.senryaku.batch.annualreport;

/**
 * The annual report job ({@code META-INF/batch-jobs/annual-report.xml}): one step that takes the year's
 * snapshot from the store and renders it in each format asked for into the output folder, each file
 * written under a temporary name and moved into place, with a {@code MANIFEST.txt} naming the files, the
 * snapshot's hash and any warnings.
 */
public final class AnnualReportJob {

    public static final String NAME = "annual-report";
    /** Job parameter: the fiscal year, Gregorian ({@code 2024}). */
    public static final String YEAR = "year";
    /** Job parameter: formats, comma-separated ({@code pdf,xlsx,csv}). */
    public static final String FORMATS = "formats";
    /** Job parameter: the plan's code ({@code kanazawa-2nd}); by default the plan the runtime works on. */
    public static final String PLAN = "plan";
    /** Job parameter: the output folder. */
    public static final String OUT = "out";

    private AnnualReportJob() {
    }
}
