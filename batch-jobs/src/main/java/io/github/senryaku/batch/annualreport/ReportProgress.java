package io.github.senryaku.batch.annualreport;

import java.nio.file.Path;

/**
 * A report job's word to whoever started it: the format it begins now, and how many of the run's formats are
 * done. Sent through the runtime's job notices under {@link #key}; nobody need listen.
 */
public record ReportProgress(ReportFormat format, int done, int total) {

    /** The notices' key of a report written into {@code folder} (one report job per folder at a time). */
    public static String key(Path folder) {
        return "report:" + folder.toAbsolutePath().normalize();
    }
}
