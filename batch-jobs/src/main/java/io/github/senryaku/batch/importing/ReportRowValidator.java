package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks each row against the plan with the job's {@link ImportSource} (a department's rows, or the finance
 * office's lines); a row that reports nothing is filtered out.
 */
@Named
@Dependent
public class ReportRowValidator implements ItemProcessor {

    @Inject
    JobResources resources;

    @Inject
    StepContext step;

    @Inject
    ImportSources sources;

    @Inject
    PlanCatalogs catalogs;

    private ImportSource.RowChecker checker;

    @Override
    public Object processItem(Object item) {
        if (checker == null) {
            // The reader found the partition's import and left it in the step context.
            BegunImport begun = (BegunImport) step.getTransientUserData();
            checker = sources.ofThisJob().rowChecker(catalogs.of(begun.plan(resources.get())),
                    begun.recorded().originalName());
        }
        return checker.check((ReportRow) item).orElse(null);
    }
}
