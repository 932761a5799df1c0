package io.github.senryaku.batch;

/**
 * Marks the root package whose classes, with its subpackages', the CDI container scans for batch artifacts
 * ({@code BatchRuntimeBootstrap}). The names of the jobs are in {@code batch.runtime.JobNames}.
 */
public final class BatchArtifacts {

    private BatchArtifacts() {
    }
}
