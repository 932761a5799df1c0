package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;

/** Validates each row against the plan; a row that reports nothing is filtered out. */
@Named
@Dependent
public class ReportRowValidator implements ItemProcessor {

    @Inject
    JobResources resources;

    @Inject
    @BatchProperty
    String file;

    private ActualRowValidator actuals;
    private MeasureRowValidator measures;
    private String name;

    @Override
    public Object processItem(Object item) {
        if (actuals == null) {
            PlanCatalog catalog = new PlanCatalog(resources.get().plan());
            actuals = new ActualRowValidator(catalog);
            measures = new MeasureRowValidator(catalog);
            name = Path.of(file).getFileName().toString();
        }
        ReportRow row = (ReportRow) item;
        return (row.header().kind() == ReportSheet.ACTUALS ? actuals.validate(row, name) : measures.validate(row, name))
                .orElse(null);
    }
}
