package io.github.senryaku.batch.runtime;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/**
 * The test job {@code history-probe}: fails when started with {@code fail=true}, else completes.
 *
 * <p>Not a CDI bean: the container scans only the main classes' folder, so the job names this class in full
 * and JBeret makes it itself, injecting its batch properties.
 */
public class HistoryProbeBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String fail;

    @Override
    public String process() {
        if (Boolean.parseBoolean(fail)) {
            throw new IllegalStateException("this execution fails on purpose");
        }
        return "COMPLETED";
    }
}
