package io.github.senryaku.batch.runtime;

import java.util.List;

/**
 * The jobs senryaku defines, by the ids of their {@code META-INF/batch-jobs/<id>.xml}. JBeret's
 * {@code JobOperator.getJobNames()} knows only the jobs loaded in the running JVM, so the runtime lists and
 * recovers executions by these.
 *
 * <p>The list lives in the runtime, which reads it, rather than above the jobs, which it would have to
 * import: each job class keeps its own {@code NAME}, and {@code JobNamesTest} holds the three in step (this
 * list, those constants and the job files on the class path).
 */
public final class JobNames {

    public static final List<String> ALL = List.of("department-import", "finance-import", "council-import", "annual-report",
            "final-report");

    private JobNames() {
    }
}
