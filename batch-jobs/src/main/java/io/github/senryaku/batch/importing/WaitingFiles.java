package io.github.senryaku.batch.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The workbooks waiting in a folder (the inbox, or a folder named on the command line). */
public final class WaitingFiles {

    private WaitingFiles() {
    }

    /** In name order; Excel's lock files (~$…), hidden and partial files left alone. */
    public static List<Path> in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(WaitingFiles::isCandidate).sorted().toList();
        }
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(".part");
    }
}
