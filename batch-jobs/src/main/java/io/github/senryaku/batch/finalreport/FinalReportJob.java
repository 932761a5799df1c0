package io.github.senryaku.batch.finalreport;

/** The final report job's name and parameters. */
public final class FinalReportJob {

    public static final String NAME = "final-report";
    /** Job parameter: the plan's code. */
    public static final String PLAN = "plan";
    /** Job parameter: formats, comma-separated ({@code pdf,xlsx,csv}). */
    public static final String FORMATS = "formats";
    /** Job parameter: the output folder. */
    public static final String OUT = "out";

    private FinalReportJob() {
    }
}
