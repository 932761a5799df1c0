package io.github.senryaku.batch;

/** Marks the root package whose classes the CDI container scans for batch artifacts. */
public final class BatchArtifacts {

    private BatchArtifacts() {
    }
}
