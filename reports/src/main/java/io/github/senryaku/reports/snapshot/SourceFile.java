package io.github.senryaku.reports.snapshot;

import java.time.Instant;
import java.util.Objects;

/** A file whose rows the snapshot holds (データ出所): as sent, who sent it, when it landed, its content hash. */
public record SourceFile(String name, String department, Instant importedAt, String sha256, int actuals, int measures) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(importedAt, "importedAt");
        sha256 = sha256 == null ? "" : sha256;
    }
}
