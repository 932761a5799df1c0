package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.senryaku.model.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged command as an administrator runs it: a separate JVM, a server with no Japanese locale. */
class SenryakuJarIT {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, java.util.Map.of());
    }

    private static Result run(List<String> command, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectFiles.root().toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("SENRYAKU_SKIP_BUILD", "1");
        builder.environment().remove("SENRYAKU_CONFIG");
        builder.environment().putAll(environment);
        Path out = java.nio.file.Files.createTempFile("senryaku", ".out");
        Path err = java.nio.file.Files.createTempFile("senryaku", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "senryaku did not finish in 60 s");
        return new Result(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ProjectFiles.root().resolve("batch-jobs/target/senryaku.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void jar_printsThePlanAsUtf8Json_underTheCLocale() throws Exception {
        Result result = run(jar("plan", "show", "--format", "json"));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("第2次金沢版総合戦略", json.at("/plan/title").asText());
        assertEquals("若い世代に優しく、子育ての喜びを分かち合うまちをつくる", json.at("/goals/0/title").asText());
    }

    @Test
    void launcher_runsTheDemo_intoAFreshFolderEachTime(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String home = dir.resolve("demo-data").toString();
        List<String> command = new ArrayList<>(List.of("bash", ProjectFiles.root().resolve("senryaku").toString(), "demo",
                "--home", home));

        Result first = run(command);
        Result second = run(command);

        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("取込済  24 件"), first.out());
        assertTrue(first.out().contains("進捗状況報告書_R6.pdf"), first.out());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("取込済  24 件"), "the second run starts afresh: " + second.out());
    }

    @Test
    void jar_importsADepartmentWorkbook_intoTheDataFolder(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("広域連携課")
                .actual("T4-1", "石川中央都市圏における連携事業数", "R6", 97, "事業", null)
                .writeTo(home.resolve("inbox").resolve("広域連携課_R6.xlsx"));

        // Not a Japanese locale, but UTF-8: what the launcher sets when the server's locale is plain C.
        java.util.Map<String, String> environment = java.util.Map.of("SENRYAKU_HOME", home.toString(), "LC_ALL", "C.UTF-8");
        Result imported = run(jar("import"), environment);
        Result listed = run(jar("actuals", "--format", "json"), environment);

        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("取込済      広域連携課_R6.xlsx（広域連携課、実績 1 件・取組 0 件）"), imported.out());
        assertEquals("", imported.err(), "nothing but the command's own lines on the console");
        assertEquals(97, new ObjectMapper().readTree(listed.out()).at("/actuals/0/value").asInt(), listed.out());
        assertTrue(java.nio.file.Files.exists(home.resolve("logs/senryaku-0.log")));
    }

    /**
     * A read-only command opens the store beside its plans; one that then refuses the year must not exit while H2
     * is half open: that left H2's lock file behind, and the next command waited seconds for H2 to judge it stale.
     */
    @Test
    void jar_statusForAYearThePlanRefuses_leavesNoLockOnTheStore(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("広域連携課")
                .actual("T4-1", "石川中央都市圏における連携事業数", "R6", 97, "事業", null)
                .writeTo(home.resolve("inbox").resolve("広域連携課_R6.xlsx"));
        java.util.Map<String, String> environment = java.util.Map.of("SENRYAKU_HOME", home.toString(), "LC_ALL", "C.UTF-8");
        assertEquals(0, run(jar("import"), environment).exitCode());

        Result refused = run(jar("status", "--year", "R20"), environment);

        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        try (var files = java.nio.file.Files.list(home.resolve("db"))) {
            List<String> left = files.map(file -> file.getFileName().toString()).filter(name -> name.contains(".lock."))
                    .toList();
            assertEquals(List.of(), left, "H2's lock file was left behind");
        }
    }

    /**
     * A command that fails once its runtime has started tells the user one line and leaves the stack trace in
     * the data folder's log for the administrator: the failure is logged after the runtime has closed, so the log
     * file must outlive the runtime.
     */
    @Test
    void jar_failureAfterTheRuntimeStarted_isOneLineForTheUser_andAStackTraceInTheLog(
            @org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Path missing = home.resolve("ない.xlsx");

        Result result = run(jar("import", "--home", home.toString(), missing.toString()),
                java.util.Map.of("LC_ALL", "C.UTF-8"));

        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("ない.xlsx（ファイルもフォルダもありません）"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace on the console: " + result.err());
        String log = java.nio.file.Files.readString(home.resolve("logs/senryaku-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("NoSuchFileException"), log);
        assertTrue(log.contains("\tat "), "the stack trace is in the log: " + log);
    }

    @Test
    void jar_underACLocale_warnsThatJapaneseFileNamesCannotBeRead() throws Exception {
        Result result = run(jar("--version"));

        assertTrue(result.err().contains("ロケールが UTF-8 ではありません"), result.err());
    }

    @Test
    void launcher_underACLocale_switchesToUtf8() throws Exception {
        Result result = run(List.of("bash", ProjectFiles.root().resolve("senryaku").toString(), "--version"));

        assertEquals("", result.err());
    }

    /**
     * The class-data-sharing archive beside the jar is valid only for the jar it was made with, at its path: a
     * checkout copied elsewhere keeps an archive the JVM refuses. The launcher still runs, and says nothing of it.
     */
    @Test
    void launcher_withAnArchiveMadeForAnotherJar_runsAsWithoutIt(@org.junit.jupiter.api.io.TempDir Path copy)
            throws Exception {
        Path archive = ProjectFiles.root().resolve("batch-jobs/target/senryaku.jsa");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(archive), "packaged without the archive");
        Path target = java.nio.file.Files.createDirectories(copy.resolve("batch-jobs/target"));
        java.nio.file.Files.copy(ProjectFiles.root().resolve("senryaku"), copy.resolve("senryaku"));
        Path jar = java.nio.file.Files.copy(ProjectFiles.root().resolve("batch-jobs/target/senryaku.jar"),
                target.resolve("senryaku.jar"));
        Path stale = java.nio.file.Files.copy(archive, target.resolve("senryaku.jsa"));
        // Newer than the jar, so the launcher hands it to the JVM, which then refuses it.
        java.nio.file.Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(jar).toMillis() + 60_000));

        Result result = run(List.of("bash", copy.resolve("senryaku").toString(), "plan", "show", "--format", "json"),
                java.util.Map.of("SENRYAKU_CONFIG", ProjectFiles.root().resolve("config").toString()));

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("第2次金沢版総合戦略", new ObjectMapper().readTree(result.out()).at("/plan/title").asText(), result.out());
        assertEquals("", result.err());
    }

    /**
     * An import of a few megabytes of workbooks runs on the JIT's first tier alone (it is over before C2 pays back);
     * a bigger one keeps both compilers. The JVM's flags, printed before the command runs, say which.
     */
    @Test
    void launcher_importOfSmallWorkbooks_runsOnC1Alone_andOfBigOnesOnBoth(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path small = io.github.senryaku.batch.departmentimport.ReportWorkbook.xlsx().department("広域連携課")
                .actual("T4-1", "石川中央都市圏における連携事業数", "R6", 97, "事業", null)
                .writeTo(dir.resolve("small").resolve("広域連携課_R6.xlsx")).getParent();
        Path big = java.nio.file.Files.createDirectories(dir.resolve("big"));
        java.nio.file.Files.write(big.resolve("大きい_R6.xlsx"), new byte[5 * 1024 * 1024]);
        java.util.Map<String, String> environment = java.util.Map.of("SENRYAKU_JAVA_OPTS", "-XX:+PrintFlagsFinal",
                "LC_ALL", "C.UTF-8");
        String launcher = ProjectFiles.root().resolve("senryaku").toString();

        Result ofSmall = run(List.of("bash", launcher, "import", "--home", dir.resolve("home-small").toString(),
                small.toString()), environment);
        Result ofBig = run(List.of("bash", launcher, "import", "--home", dir.resolve("home-big").toString(),
                big.toString()), environment);

        java.util.regex.Pattern c1Only = java.util.regex.Pattern.compile("TieredStopAtLevel\\s+=\\s+1\\s");
        assertEquals(0, ofSmall.exitCode(), ofSmall.err());
        assertTrue(ofSmall.out().contains("取込済      広域連携課_R6.xlsx"), ofSmall.out());
        assertTrue(c1Only.matcher(ofSmall.out()).find(), "C1 alone for 0.01 MB");
        assertEquals(1, ofBig.exitCode(), "5 MB of zeros is no workbook: sent back\n" + ofBig.err());
        assertTrue(java.util.regex.Pattern.compile("TieredStopAtLevel\\s+=\\s+4\\s").matcher(ofBig.out()).find(),
                "both compilers for 5 MB");
    }

    @Test
    void jar_badPlanFile_exitsOneWithoutAStackTrace() throws Exception {
        Result result = run(jar("plan", "validate", "README.md"));

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().contains("README.md"), result.err());
        assertTrue(!result.err().contains("\tat "), result.err());
    }
}
