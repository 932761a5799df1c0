package io.github.senryaku.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kanazawa's plan with made-up revisions (サンプル): {@code config/plans/kanazawa-2nd.yaml} as the city wrote
 * it, followed by the sample revisions {@code config/samples/kanazawa-2nd-revisions.yaml}. Written to a folder the
 * test owns, so the real plan file, whose reports are golden files, is never touched.
 */
public final class RevisedKanazawa {

    public static final String REVISIONS = "samples/kanazawa-2nd-revisions.yaml";

    private RevisedKanazawa() {
    }

    /** Writes {@code kanazawa-2nd.yaml} with the revisions into the folder and returns its path. */
    public static Path writeTo(Path folder) throws IOException {
        Path file = folder.resolve("kanazawa-2nd.yaml");
        Files.writeString(file, Files.readString(ProjectFiles.kanazawaPlan()) + "\n" + revisions(), StandardCharsets.UTF_8);
        return file;
    }

    public static String revisions() {
        try {
            return Files.readString(ProjectFiles.config(REVISIONS), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
