package io.github.senryaku.batch.annualreport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a report's files into its folder so that the folder never mixes two snapshots: every file (and the HTML
 * edition's folder) is rendered whole under a temporary name before any is moved into place, and what formats not
 * asked for this time wrote is removed. The annual and the final report write their files through it.
 */
public final class ReportFiles {

    /** Renders one format of the report that is a single file. */
    @FunctionalInterface
    public interface Renderer {
        void render(ReportFormat format, OutputStream out) throws Exception;
    }

    /** Renders one format of the report that is a folder of files ({@link ReportFormat#isFolder()}) into an empty folder. */
    @FunctionalInterface
    public interface FolderRenderer {
        void render(ReportFormat format, Path folder) throws Exception;
    }

    private ReportFiles() {
    }

    /** For reports with no folder format: asking for one is an error. */
    public static List<String> write(Path folder, Set<ReportFormat> wanted, Function<ReportFormat, String> fileName,
            Renderer renderer) throws Exception {
        return write(folder, wanted, fileName, renderer, (format, into) -> {
            throw new IllegalArgumentException(format + " is not rendered for this report");
        });
    }

    /** As {@link #write(Path, Set, Function, Renderer, FolderRenderer, Consumer)}, telling nobody of its progress. */
    public static List<String> write(Path folder, Set<ReportFormat> wanted, Function<ReportFormat, String> fileName,
            Renderer renderer, FolderRenderer folders) throws Exception {
        return write(folder, wanted, fileName, renderer, folders, progress -> { });
    }

    /**
     * @param progress told as each format begins
     * @return the names of the files (and folders) written, in the formats' order
     */
    public static List<String> write(Path folder, Set<ReportFormat> wanted, Function<ReportFormat, String> fileName,
            Renderer renderer, FolderRenderer folders, Consumer<ReportProgress> progress) throws Exception {
        Map<ReportFormat, Path> rendered = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : wanted) {
                progress.accept(new ReportProgress(format, rendered.size(), wanted.size()));
                Path partial = folder.resolve(fileName.apply(format) + ".part");
                rendered.put(format, partial);
                if (format.isFolder()) {
                    deleteTree(partial);
                    folders.render(format, Files.createDirectories(partial));
                } else {
                    try (OutputStream stream = Files.newOutputStream(partial)) {
                        renderer.render(format, stream);
                    }
                }
            }
        } catch (Exception failed) {
            for (Path partial : rendered.values()) {
                deleteTree(partial);
            }
            throw failed;
        }
        List<String> files = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Path target = folder.resolve(fileName.apply(format));
            if (rendered.containsKey(format)) {
                if (format.isFolder()) {
                    deleteTree(target); // a folder cannot replace a folder in one move
                }
                Files.move(rendered.get(format), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                files.add(target.getFileName().toString());
            } else {
                deleteTree(target);
            }
        }
        return files;
    }

    /** Deletes a file, or a folder with everything in it; nothing when it does not exist. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path inside : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(inside);
            }
        }
    }
}
