package io.github.senryaku.reports.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * A file whose rows the snapshot holds (データ出所): as sent, who sent it, when it landed, its content hash,
 * and how many of its actuals, measure reports and budget lines the report uses.
 */
public record SourceFile(String name, String department, Instant importedAt, String sha256, int actuals, int measures,
        int budgetLines) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(importedAt, "importedAt");
        sha256 = sha256 == null ? "" : sha256;
    }

    /** A department's file: no budget lines. */
    public SourceFile(String name, String department, Instant importedAt, String sha256, int actuals, int measures) {
        this(name, department, importedAt, sha256, actuals, measures, 0);
    }
}
