package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.bench.SyntheticData;
import io.github.senryaku.testing.JarProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 at many points of a night's import — while starting, screening, staging, landing, sending a
 * file back, moving files, and the very moment 取込済 is printed — on the packaged command as a real
 * process. After each kill: every file the process had reported 取込済 or 差戻し is in the store as it said
 * (nothing acknowledged is lost); then a rerun leaves the store and the folders exactly as one clean run
 * does (nothing lost, nothing twice). Runs on H2 and, in the PostgreSQL execution, on PostgreSQL; several kill
 * points at a time, each in its own data folder (most of a run is the start-up of its two processes).
 */
@Execution(ExecutionMode.CONCURRENT)
class KillDuringImportIT {

    private static final int TARGETS = 400;
    /** Five files in name order: four that land (disjoint years), one sent back in the middle. */
    private static final List<String> FILES = List.of("合成課_1.xlsx", "合成課_2.xlsx", "合成課_3.xlsx", "合成課_4.xlsx",
            "合成課_5.xlsx");
    private static final String FLAWED = "合成課_3.xlsx";

    @TempDir
    static Path fixtures;

    /**
     * Every killed and rerun process starts from a class-data archive the clean run writes, with the client
     * compiler only: start-up falls from ~4 s to ~2 s, and a kill test is mostly start-ups.
     */
    private static List<String> fastStart() {
        return List.of("-XX:SharedArchiveFile=" + fixtures.resolve("senryaku.jsa"), "-XX:TieredStopAtLevel=1");
    }

    private static ImportedState clean;

    /** Kill when the process has printed {@code acknowledgements} result lines, {@code delayMillis} later. */
    record KillPoint(int acknowledgements, long delayMillis) {
        @Override
        public String toString() {
            return acknowledgements == 0 ? "after " + delayMillis + " ms, before any result"
                    : "result line " + acknowledgements + " + " + delayMillis + " ms";
        }
    }

    @BeforeAll
    static void cleanRun() throws Exception {
        SyntheticData.writePlan(fixtures.resolve("plan.yaml"), TARGETS, 2018, 2024);
        int[][] years = {{2018, 2019}, {2020, 2021}, {}, {2022, 2023}, {2024, 2024}};
        for (int i = 0; i < FILES.size(); i++) {
            Path file = fixtures.resolve("workbooks").resolve(FILES.get(i));
            if (FILES.get(i).equals(FLAWED)) {
                ReportWorkbook.xlsx().department("合成課").actual("T1-1", "指標0", "R6", 1040, "件", null)
                        .actual("T99-1", "ない指標", "R6", 5, "件", null).actual("T1-2", "指標10", "R6", "たくさん", "件", null)
                        .writeTo(file);
            } else {
                SyntheticData.writeActuals(file, TARGETS, years[i][0], years[i][1]);
            }
        }
        Map<String, String> environment = environment(fixtures.resolve("clean"));
        Process run = JarProcess.senryaku(List.of("-XX:ArchiveClassesAtExit=" + fixtures.resolve("senryaku.jsa")),
                environment, "import").redirectOutput(fixtures.resolve("clean.log").toFile()).start();
        assertTrue(run.waitFor(180, TimeUnit.SECONDS), "the clean run ended");
        String log = Files.readString(fixtures.resolve("clean.log"), StandardCharsets.UTF_8);
        assertEquals(1, run.exitValue(), log);
        clean = ImportedState.read(environment);
        assertEquals(7 * TARGETS, clean.currentActuals().size(), log);
        assertEquals(List.of(FLAWED, FLAWED + ".errors.xlsx"), clean.rejected());
    }

    /**
     * 23 points: six while the store is made and the first file is read (from the start of the process), then right at each
     * result line and 30, 120 and 400 ms after it — the next file's screening, staging, landing or filing.
     */
    static Stream<Arguments> killPoints() {
        List<KillPoint> points = new ArrayList<>();
        // The later ones fall in or just after a new store's first schema, which H2 writes out up to half a second
        // after each DDL commits (a kill there once left a half-done ALTER TABLE under a history that said V2).
        for (long delay : new long[] {1_500, 2_200, 3_000, 3_400, 3_800, 4_300}) {
            points.add(new KillPoint(0, delay));
        }
        for (int acknowledgements = 1; acknowledgements < FILES.size(); acknowledgements++) {
            for (long delay : new long[] {0, 30, 120, 400}) {
                points.add(new KillPoint(acknowledgements, delay));
            }
        }
        points.add(new KillPoint(FILES.size(), 0));
        if (TestStores.postgres()) {
            // The same paths on the production database, fewer of them: the store's part differs, not the command's.
            return points.stream().filter(p -> p.delayMillis() == 0 || p.delayMillis() == 120).limit(3).map(Arguments::of);
        }
        return points.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("killPoints")
    void killed_nothingAcknowledgedIsLost_andTheRerunEqualsACleanRun(KillPoint point, @TempDir Path home) throws Exception {
        Map<String, String> environment = environment(home);

        List<String> acknowledged = killAt(point, environment, home.resolve("killed.log"));

        for (String line : acknowledged) {
            String file = line.replaceFirst("^\\S+\\s+", "").replaceFirst("（.*$", "").strip();
            if (line.startsWith("取込済")) {
                assertEquals(landedRows(file), ImportedState.landedRows(environment, file), "acknowledged: " + line);
            } else {
                assertTrue(ImportedState.hasStatus(environment, file, "REJECTED"), "acknowledged: " + line);
            }
        }
        Process rerun = JarProcess.senryaku(fastStart(), environment, "import").redirectOutput(home.resolve("rerun.log").toFile())
                .start();
        assertTrue(rerun.waitFor(180, TimeUnit.SECONDS), "the rerun ended");
        String log = Files.readString(home.resolve("killed.log"), StandardCharsets.UTF_8) + "\n--- rerun ---\n"
                + Files.readString(home.resolve("rerun.log"), StandardCharsets.UTF_8) + "\n--- warnings logged ---\n"
                + warnings(home);
        assertTrue(rerun.exitValue() <= 1, log);
        assertEquals(clean, ImportedState.read(environment), log);
    }

    /** Runs the import and kills it (SIGKILL) at the point; returns the result lines it printed before that. */
    private static List<String> killAt(KillPoint point, Map<String, String> environment, Path log) throws Exception {
        Process process = JarProcess.senryaku(fastStart(), environment, "import").start();
        List<String> results = new CopyOnWriteArrayList<>();
        StringBuilder all = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    all.append(line).append('\n');
                    if (line.startsWith("取込済") || line.startsWith("差戻し")) {
                        results.add(line);
                        if (results.size() == point.acknowledgements() && point.delayMillis() == 0) {
                            process.destroyForcibly(); // the moment the line is read: as close as a user can be
                        }
                    }
                }
            } catch (IOException closed) {
                // the process was killed mid-line
            }
        });
        reader.start();
        long start = System.nanoTime();
        if (point.acknowledgements() == 0) {
            Thread.sleep(point.delayMillis());
        } else {
            while (results.size() < point.acknowledgements() && process.isAlive()) {
                Thread.sleep(2);
            }
            Thread.sleep(point.delayMillis());
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        Files.writeString(log, all, StandardCharsets.UTF_8);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(170), "killed in time");
        return List.copyOf(results);
    }

    /** The warnings and errors the two processes logged (the admin's log), for a failure's message. */
    private static String warnings(Path home) throws IOException {
        Path logs = home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        StringBuilder found = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("SEVERE") || line.startsWith("WARNING") || line.contains("Exception:"))
                        .limit(30).forEach(line -> found.append(line).append('\n'));
            }
        }
        return found.toString();
    }

    private static long landedRows(String file) {
        return clean.ledger().stream().filter(row -> row.startsWith(file + "|LANDED|")).findFirst()
                .map(row -> Long.parseLong(row.split("\\|")[2])).orElseThrow();
    }

    private static Map<String, String> environment(Path home) throws IOException {
        Files.createDirectories(home.resolve("inbox"));
        for (String file : FILES) {
            Files.copy(fixtures.resolve("workbooks").resolve(file), home.resolve("inbox").resolve(file));
        }
        Map<String, String> environment = new java.util.HashMap<>(TestStores.environment(home));
        environment.put("SENRYAKU_PLAN", fixtures.resolve("plan.yaml").toString());
        return environment;
    }
}
