package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** Writes each chunk of validated rows to the staging area, in one transaction per chunk. */
@Named
@Dependent
public class StagedRowWriter extends AbstractItemWriter {

    @Inject
    JobResources resources;

    @Inject
    @BatchProperty
    String file;

    private StagingArea staging;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        staging = new StagingArea(ImportFile.sha256(Path.of(file)));
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        @SuppressWarnings("unchecked")
        List<ValidatedRow> rows = (List<ValidatedRow>) (List<?>) items;
        resources.get().store().inTransaction(connection -> {
            staging.stage(connection, rows);
            return null;
        });
    }
}
