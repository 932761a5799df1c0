package io.github.senryaku.batch.importing;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;

/**
 * Finds the {@link ImportSource} of the running job: the bean named as the job's {@code source} property. The
 * shared steps are written once (import-steps.xml) and learn whose files they import from here.
 */
@Dependent
public class ImportSources {

    @Inject
    JobContext job;

    @Inject
    @Any
    Instance<ImportSource> sources;

    /** The running job's source; a job XML naming no known source is a packaging error, and says which. */
    public ImportSource ofThisJob() {
        String name = job.getProperties().getProperty("source");
        Instance<ImportSource> named = sources.select(NamedLiteral.of(name == null ? "" : name.strip()));
        if (!named.isResolvable()) {
            throw new IllegalStateException("job " + job.getJobName() + " names no known import source: " + name);
        }
        return named.get();
    }
}
