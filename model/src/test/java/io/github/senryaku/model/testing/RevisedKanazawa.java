package io.github.senryaku.model.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kanazawa's plan with made-up revisions (サンプル): {@code config/plans/kanazawa-2nd.yaml} as the city wrote
 * it, followed by {@code plans/kanazawa-2nd-revisions.yaml} from the test resources. Written to a folder the
 * test owns, so the real plan file, whose reports are golden files, is never touched.
 */
public final class RevisedKanazawa {

    public static final String REVISIONS = "plans/kanazawa-2nd-revisions.yaml";

    private RevisedKanazawa() {
    }

    /** Writes {@code kanazawa-2nd.yaml} with the revisions into the folder and returns its path. */
    public static Path writeTo(Path folder) throws IOException {
        Path file = folder.resolve("kanazawa-2nd.yaml");
        Files.writeString(file, Files.readString(ProjectFiles.kanazawaPlan()) + "\n" + revisions(), StandardCharsets.UTF_8);
        return file;
    }

    public static String revisions() {
        try (InputStream in = RevisedKanazawa.class.getClassLoader().getResourceAsStream(REVISIONS)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + REVISIONS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
