package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.plan.StrategyPlan;
import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The import a department file's screen step began, and the plan it found the file reports on: passed to the
 * later steps of the same execution in the job context. A restarted execution, whose screen step does not
 * run again, finds it in the ledger by the file's content.
 */
record BegunImport(long importId, String planCode) implements java.io.Serializable {

    static BegunImport of(JobContext job, JobResources.Context context, String file) throws java.io.IOException,
            SQLException {
        if (job.getTransientUserData() instanceof BegunImport begun) {
            return begun;
        }
        String sha256 = ImportFile.sha256(Path.of(file));
        BegunImport begun = context.store().inTransaction(c -> {
            long id = ImportLedger.find(c, sha256, ImportLedger.STAGING)
                    .orElseThrow(() -> new IllegalStateException("no import begun for " + file));
            return new BegunImport(id, ImportLedger.plan(c, id)
                    .orElseThrow(() -> new IllegalStateException("import " + id + " has no plan")));
        });
        job.setTransientUserData(begun);
        return begun;
    }

    StrategyPlan plan(JobResources.Context context) {
        return context.plans().plan(planCode)
                .orElseThrow(() -> new IllegalStateException("the plan " + planCode + " is no longer in config/plans"));
    }
}
