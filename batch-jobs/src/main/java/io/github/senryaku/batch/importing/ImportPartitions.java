package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * One partition per file of the run, in the run's order, each with the properties {@code file} (its path) and
 * {@code ordinal} (its place in the run). The files come from the store, not from the job parameters, so a
 * restart maps the same partitions and the runtime resumes only those that had not completed, each from its
 * own checkpoint.
 */
@Named
@Dependent
public class ImportPartitions implements PartitionMapper {

    /** Partition properties. */
    static final String FILE = "file";
    static final String ORDINAL = "ordinal";

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    /** The run's id (job parameter {@code run}). */
    @Inject
    @BatchProperty
    String run;

    /**
     * Files worked on at a time: {@code settings} (the {@code importThreads} setting) or a number. (The landing
     * step is not partitioned: files land one after another in the run's (name) order, so that a later file's
     * value supersedes an earlier one's, as when they came on different nights.)
     */
    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        JobResources.Context context = resources.get();
        long runId = Long.parseLong(run);
        List<Path> files = context.store().inTransaction(c -> {
            ImportRuns.workedOnBy(c, runId, job.getExecutionId());
            return ImportRuns.files(c, runId);
        });
        Properties[] properties = new Properties[files.size()];
        for (int i = 0; i < files.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty(FILE, files.get(i).toString());
            properties[i].setProperty(ORDINAL, String.valueOf(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(files.size());
        plan.setThreads(Math.max(1, Math.min(files.size(), "settings".equals(threads)
                ? context.settings().importThreads() : Integer.parseInt(threads))));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
