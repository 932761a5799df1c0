package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives a completed import run's execution an exit status that says how its files ended, e.g.
 * {@code LANDED 18, REJECTED 1, DUPLICATE 1}: what {@code senryaku jobs} and the health page show.
 */
@Named
@Dependent
public class ImportRunSummary extends AbstractJobListener {

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String run;

    @Override
    public void afterJob() throws Exception {
        if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
            return;
        }
        Map<String, Integer> ended = resources.get().store().inTransaction(c -> ImportLedger.endingsOf(c, Long.parseLong(run)));
        job.setExitStatus(ended.isEmpty() ? "NONE" : ended.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    }
}
