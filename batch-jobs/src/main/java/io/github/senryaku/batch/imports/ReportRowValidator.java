package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Validates each row against the plan (a department's rows, or the finance office's lines); a row that reports nothing is filtered out. */
@Named
@Dependent
public class ReportRowValidator implements ItemProcessor {

    @Inject
    JobResources resources;

    @Inject
    jakarta.batch.runtime.context.StepContext step;

    private ActualRowValidator actuals;
    private MeasureRowValidator measures;
    private BudgetRowValidator budget;
    private String name;
    private PlanCatalog catalog;
    /** The codes and years seen so far in this step execution (after a restart: since the checkpoint). */
    private final java.util.BitSet seen = new java.util.BitSet();

    @Override
    public Object processItem(Object item) {
        if (actuals == null) {
            // The reader found the partition's import and left it in the step context.
            BegunImport begun = (BegunImport) step.getTransientUserData();
            catalog = new PlanCatalog(begun.plan(resources.get()));
            name = begun.recorded().originalName();
            actuals = new ActualRowValidator(catalog);
            measures = new MeasureRowValidator(catalog);
            budget = new BudgetRowValidator(catalog);
        }
        ReportRow row = (ReportRow) item;
        if (row.header().kind() == ReportSheet.BUDGET) {
            // Projects are not plan codes: the budget validator keeps its own set of project codes and years.
            return budget.validate(row, name).orElse(null);
        }
        ValidatedRow validated = (row.header().kind() == ReportSheet.ACTUALS ? actuals.validate(row, name)
                : measures.validate(row, name)).orElse(null);
        if (validated == null || validated.staged().isEmpty()) {
            return validated;
        }
        int key = validated.staged().get() instanceof Staged.Actual a ? catalog.keyIndex(a.code(), a.year())
                : catalog.keyIndex(((Staged.Measure) validated.staged().get()).code(),
                        ((Staged.Measure) validated.staged().get()).year());
        if (seen.get(key)) {
            return validated.repeating();
        }
        seen.set(key);
        return validated;
    }
}
