package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.plan.StrategyPlan;
import jakarta.batch.runtime.context.StepContext;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the screen recorded of a file when it began its import — id, content hash, department, plan,
 * header rows — read back from the ledger once per step and file, and shared by the artifacts working on the
 * file (a partition's reader, processor and writer) through the step context. A restart reads it the same way; nothing is hashed or scanned again.
 */
record BegunImport(ImportLedger.RunFile at, ImportLedger.Recorded recorded) {

    /** The import of the file at {@code at}; empty before the screen or when it ended the file without one. */
    static Optional<BegunImport> of(StepContext step, JobResources.Context context, ImportLedger.RunFile at)
            throws SQLException {
        if (step.getTransientUserData() instanceof BegunImport begun && begun.at().equals(at)) {
            return Optional.of(begun);
        }
        Optional<BegunImport> found = context.store().inTransaction(c -> ImportLedger.ofRunFile(c, at))
                .map(recorded -> new BegunImport(at, recorded));
        found.ifPresent(step::setTransientUserData);
        return found;
    }

    /** Where a partition stands: its run (job parameter) and its ordinal (partition property). */
    static ImportLedger.RunFile at(String run, String ordinal) {
        return new ImportLedger.RunFile(Long.parseLong(run), Integer.parseInt(ordinal));
    }

    long importId() {
        return recorded.importId();
    }

    List<HeaderRow> headers() {
        return recorded.headerMap() == null ? List.of() : HeaderMap.parse(recorded.headerMap());
    }

    StrategyPlan plan(JobResources.Context context) {
        String code = recorded.plan().orElseThrow(() -> new IllegalStateException("import " + importId() + " has no plan"));
        return context.plans().plan(code)
                .orElseThrow(() -> new IllegalStateException("the plan " + code + " is no longer in config/plans"));
    }

    String planCode() {
        return recorded.plan().orElseThrow();
    }
}
