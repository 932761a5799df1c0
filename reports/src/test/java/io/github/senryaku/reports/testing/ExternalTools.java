package io.github.senryaku.reports.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks with tools outside Java (qpdf, poppler's pdffonts, LibreOffice). Locally a missing tool skips
 * the check and says so; under CI (CI=true) it fails, because .ci/run installs them.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static Optional<Path> find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tool's path; skips (locally) or fails (under CI) when it is not installed. */
    public static Path require(String tool, String debianPackage) {
        Optional<Path> found = find(tool);
        if (found.isPresent()) {
            return found.get();
        }
        String message = tool + " is not installed (Debian package " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must have " + message + ": .ci/run installs it");
        }
        System.err.println("SKIPPED: " + message + "; the check that needs it did not run");
        Assumptions.abort("skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    /** Runs a tool and returns its exit code and combined output. */
    public static Result run(Path workDir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", line) + " did not finish within " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), new String(output, java.nio.charset.StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String output) {
    }
}
