package io.github.senryaku.batch.annualreport;

import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MANIFEST.txt} beside the rendered reports: the plan, the year, the snapshot's SHA-256, whether it is
 * sample data, each file, and each warning — one {@code key: value} per line, for people and for the CLI.
 */
public record Manifest(String plan, FiscalYear year, String sha256, boolean sample, List<String> files,
        List<String> warnings) {

    public static final String FILE_NAME = "MANIFEST.txt";

    public Manifest {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static void write(Path folder, Manifest manifest) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("plan: " + manifest.plan());
        lines.add("year: " + manifest.year().gregorianYear() + " (" + manifest.year().label() + ")");
        lines.add("snapshot-sha256: " + manifest.sha256());
        lines.add("sample-data: " + manifest.sample());
        manifest.files().forEach(file -> lines.add("file: " + file));
        manifest.warnings().forEach(warning -> lines.add("warning: " + warning.replace('\n', ' ')));
        Path partial = folder.resolve(FILE_NAME + ".part");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, folder.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static Manifest read(Path folder) throws IOException {
        String plan = "";
        FiscalYear year = null;
        String sha256 = "";
        boolean sample = false;
        List<String> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 2);
            switch (line.substring(0, colon)) {
                case "plan" -> plan = value;
                case "year" -> year = FiscalYear.of(Integer.parseInt(value.substring(0, 4)));
                case "snapshot-sha256" -> sha256 = value;
                case "sample-data" -> sample = Boolean.parseBoolean(value);
                case "file" -> files.add(value);
                case "warning" -> warnings.add(value);
                default -> {
                    // a key of a later version
                }
            }
        }
        return new Manifest(plan, year, sha256, sample, files, warnings);
    }
}
