package io.github.senryaku.batch.annualreport;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a report's files into its folder so that the folder never mixes two snapshots: every file is rendered
 * whole under a temporary name before any is moved into place, and the files of formats not asked for this
 * time are removed. The annual and the final report write their files through it.
 */
public final class ReportFiles {

    /** Renders one format of the report. */
    @FunctionalInterface
    public interface Renderer {
        void render(ReportFormat format, OutputStream out) throws Exception;
    }

    private ReportFiles() {
    }

    /** @return the names of the files written, in the formats' order */
    public static List<String> write(Path folder, Set<ReportFormat> wanted, Function<ReportFormat, String> fileName,
            Renderer renderer) throws Exception {
        Map<ReportFormat, Path> rendered = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : wanted) {
                Path partial = folder.resolve(fileName.apply(format) + ".part");
                rendered.put(format, partial);
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    renderer.render(format, stream);
                }
            }
        } catch (Exception failed) {
            for (Path partial : rendered.values()) {
                Files.deleteIfExists(partial);
            }
            throw failed;
        }
        List<String> files = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Path target = folder.resolve(fileName.apply(format));
            if (rendered.containsKey(format)) {
                Files.move(rendered.get(format), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                files.add(target.getFileName().toString());
            } else {
                Files.deleteIfExists(target);
            }
        }
        return files;
    }
}
