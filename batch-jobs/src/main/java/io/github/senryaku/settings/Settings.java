package io.github.senryaku.settings;

import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.SettingsFileLoader;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where senryaku finds its configuration and keeps its data.
 *
 * <p>Precedence, highest first: a command-line option, an environment variable, the settings file
 * ({@code <config>/senryaku.yaml}), the built-in default. Relative paths in the settings file are
 * relative to the config folder; relative paths on the command line or in variables are relative to the
 * working folder. Every key is documented in README.md.
 *
 * @param configDir       the config folder: {@code --config}, {@code SENRYAKU_CONFIG}, or {@code ./config}
 * @param plans           the plans in force (計画), in the order the settings name them: each a plan code of
 *                        {@code <config>/plans/} or a plan file ({@code *.yaml}); the first is the default
 *                        when a year alone cannot choose
 * @param rulebook        the grading rulebook (評価基準)
 * @param home            the data folder: database, inbox/, archive/, rejected/, reports/
 * @param database        how to reach the store
 * @param maxFileBytes    the largest workbook accepted
 * @param reportFont      a TrueType font for the PDF report instead of the bundled IPAex Gothic
 * @param server          what {@code senryaku serve} listens on and when it runs the jobs
 * @param importThreads   how many files one import run reads at a time (default: the machine's cores)
 */
public record Settings(Path configDir, List<String> plans, Path rulebook, Path home, Path inbox, Database database,
        long maxFileBytes, Optional<Path> reportFont, Server server, int importThreads) {

    public static final String FILE_NAME = "senryaku.yaml";
    static final Set<String> LIST_KEYS = Set.of("plans");
    static final Set<String> KEYS = Set.of("plan", "rulebook", "home", "inbox", "jdbcUrl", "jdbcUser", "jdbcPassword",
            "maxFileSizeMb", "reportFont", "port", "bind", "importSchedule", "reportSchedule", "tlsKeystore",
            "tlsKeystorePassword", "behindTlsProxy", "importThreads");
    static final long DEFAULT_MAX_FILE_MB = 20;

    /** The store's JDBC connection; an empty URL means the embedded H2 database in the data folder. */
    public record Database(String url, String user, String password) {
        public Database {
            Objects.requireNonNull(url, "url");
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        /** The embedded default: an H2 file in {@code <home>/db}, shared safely by two local processes. */
        public static Database embedded(Path home) {
            return new Database("jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("db").resolve("senryaku")
                    + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE", "senryaku", "");
        }

        public boolean isEmbedded() {
            return url.startsWith("jdbc:h2:");
        }
    }

    public Settings {
        Objects.requireNonNull(configDir, "configDir");
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("at least one plan is in force");
        }
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(reportFont, "reportFont");
        Objects.requireNonNull(server, "server");
    }

    /**
     * The server's settings. Schedules are cron expressions (minute hour day-of-month month day-of-week) read
     * in Asia/Tokyo; they are parsed (and checked) by the scheduler, with cron-utils.
     *
     * @param importSchedule the nightly department import of the inbox (default 02:00 every day)
     * @param reportSchedule the year-end report of the fiscal year just closed (default 1 June 03:00, the day
     *                       after the departments' 31 May deadline)
     * @param tlsKeystore    a PKCS#12 keystore with the server's key and certificate: the server then speaks
     *                       HTTPS; required when it binds to anything but the loopback
     * @param behindTlsProxy the server is reached through a TLS reverse proxy on the same host: cookies are
     *                       Secure, HSTS is sent, and the proxy's {@code X-Forwarded-For} names the client
     */
    public record Server(int port, String bind, String importSchedule, String reportSchedule, Optional<Path> tlsKeystore,
            String tlsKeystorePassword, boolean behindTlsProxy) {
        public static final int DEFAULT_PORT = 8080;
        public static final String DEFAULT_BIND = "127.0.0.1";
        public static final String DEFAULT_IMPORT_SCHEDULE = "0 2 * * *";
        public static final String DEFAULT_REPORT_SCHEDULE = "0 3 1 6 *";
    }

    /**
     * @param configOption the {@code --config} option, if given
     * @param homeOption   the {@code --home} option, if given
     * @param environment  the process environment (passed in so tests can set it)
     */
    public static Settings load(Optional<Path> configOption, Optional<Path> homeOption, Map<String, String> environment)
            throws InvalidFileException {
        Path configDir = configOption.or(() -> variable(environment, "SENRYAKU_CONFIG").map(Path::of))
                .orElse(Path.of("config"));
        Path file = configDir.resolve(FILE_NAME);
        SettingsFileLoader.Values read = Files.exists(file) ? SettingsFileLoader.read(file, file.toString(), KEYS, LIST_KEYS)
                : new SettingsFileLoader.Values(Map.of(), Map.of());
        Map<String, String> values = read.texts();
        Layers layers = new Layers(environment, values, configDir);
        Path home = homeOption.orElseGet(() -> layers.path("SENRYAKU_HOME", "home").orElse(Path.of("data")));
        Path inbox = layers.path("SENRYAKU_INBOX", "inbox").orElse(home.resolve("inbox"));
        Database database = layers.text("SENRYAKU_JDBC_URL", "jdbcUrl")
                .map(url -> new Database(url, layers.text("SENRYAKU_JDBC_USER", "jdbcUser").orElse(""),
                        layers.text("SENRYAKU_JDBC_PASSWORD", "jdbcPassword").orElse("")))
                .orElseGet(() -> Database.embedded(home));
        long maxMb = maxFileMegabytes(layers, file);
        return new Settings(configDir, plans(environment, read, configDir, file),
                layers.path("SENRYAKU_RULEBOOK", "rulebook").orElse(configDir.resolve("rulebooks/default.yaml")),
                home, inbox, database, maxMb * 1024 * 1024, layers.path("SENRYAKU_REPORT_FONT", "reportFont"),
                new Server(port(layers, file),
                        layers.text("SENRYAKU_BIND", "bind").orElse(Server.DEFAULT_BIND),
                        layers.text("SENRYAKU_IMPORT_SCHEDULE", "importSchedule").orElse(Server.DEFAULT_IMPORT_SCHEDULE),
                        layers.text("SENRYAKU_REPORT_SCHEDULE", "reportSchedule").orElse(Server.DEFAULT_REPORT_SCHEDULE),
                        layers.path("SENRYAKU_TLS_KEYSTORE", "tlsKeystore"),
                        layers.text("SENRYAKU_TLS_KEYSTORE_PASSWORD", "tlsKeystorePassword").orElse(""),
                        behindTlsProxy(layers, file)), importThreads(layers, file));
    }

    /** {@code importThreads} / {@code SENRYAKU_IMPORT_THREADS}: files read at a time; default the core count. */
    private static int importThreads(Layers layers, Path file) throws InvalidFileException {
        Optional<String> text = layers.text("SENRYAKU_IMPORT_THREADS", "importThreads");
        if (text.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(text.get().strip());
            if (threads >= 1 && threads <= 64) {
                return threads;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "importThreads"),
                text.get(), "同時に読むファイルの数は1～64の整数で書きます", "例: importThreads: 2")));
    }

    /**
     * {@code SENRYAKU_PLANS} (comma-separated) or {@code SENRYAKU_PLAN} over {@code plans:} over {@code plan:};
     * by default the plan of Kanazawa. An entry ending in {@code .yaml} is a file, relative to where it was
     * written; any other is a plan code.
     */
    private static List<String> plans(Map<String, String> environment, SettingsFileLoader.Values read, Path configDir,
            Path file) throws InvalidFileException {
        Optional<String> variable = variable(environment, "SENRYAKU_PLANS").or(() -> variable(environment, "SENRYAKU_PLAN"));
        if (variable.isPresent()) {
            return java.util.Arrays.stream(variable.get().split(",")).map(String::strip).filter(e -> !e.isEmpty())
                    .map(entry -> entry(entry, Path.of(""))).toList();
        }
        if (read.lists().containsKey("plans") && read.texts().containsKey("plan")) {
            throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "plan"),
                    read.texts().get("plan"), "plan と plans の両方は書けません",
                    "計画が1つなら plan: kanazawa-2nd、複数なら plans: [kanazawa-2nd, kanazawa-3rd] と書きます")));
        }
        List<String> written = read.lists().getOrDefault("plans",
                Optional.ofNullable(read.texts().get("plan")).map(List::of).orElse(List.of("kanazawa-2nd")));
        if (written.isEmpty()) {
            throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "plans"), "",
                    "plans に計画が1つもありません", "例: plans: [kanazawa-2nd]")));
        }
        return written.stream().map(entry -> entry(entry, configDir)).toList();
    }

    private static String entry(String entry, Path relativeTo) {
        return isPlanFile(entry) ? relativeTo.resolve(entry).toString() : entry;
    }

    /** Whether a {@code plans} entry names a file rather than a plan code. */
    public static boolean isPlanFile(String entry) {
        return entry.endsWith(".yaml") || entry.endsWith(".yml");
    }

    /** The folder of plan files: every {@code *.yaml} in it is one plan. */
    public Path plansFolder() {
        return configDir.resolve("plans");
    }

    private static boolean behindTlsProxy(Layers layers, Path file) throws InvalidFileException {
        Optional<String> text = layers.text("SENRYAKU_BEHIND_TLS_PROXY", "behindTlsProxy").map(String::strip);
        if (text.isEmpty() || text.get().equals("false")) {
            return false;
        }
        if (text.get().equals("true")) {
            return true;
        }
        throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "behindTlsProxy"),
                text.get(), "behindTlsProxy は true か false で書きます", "例: behindTlsProxy: true")));
    }

    private static long maxFileMegabytes(Layers layers, Path file) throws InvalidFileException {
        Optional<String> text = layers.text("SENRYAKU_MAX_FILE_SIZE_MB", "maxFileSizeMb");
        if (text.isEmpty()) {
            return DEFAULT_MAX_FILE_MB;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "maxFileSizeMb"),
                text.get(), "ファイルサイズの上限（MB）は1以上の整数で書きます", "例: maxFileSizeMb: 20")));
    }

    private static int port(Layers layers, Path file) throws InvalidFileException {
        Optional<String> text = layers.text("SENRYAKU_PORT", "port");
        if (text.isEmpty()) {
            return Server.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text.get().strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new InvalidFileException(List.of(Problem.error(new Location.Line(file.toString(), 0, "port"), text.get(),
                "ポート番号は0～65535の整数で書きます", "例: port: 8080")));
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    /** Environment variable over settings-file key. */
    private record Layers(Map<String, String> environment, Map<String, String> values, Path configDir) {
        Optional<String> text(String variable, String key) {
            return variable(environment, variable).or(() -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank()));
        }

        Optional<Path> path(String variable, String key) {
            return variable(environment, variable).map(Path::of)
                    .or(() -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank()).map(configDir::resolve));
        }
    }

    /** The same settings with one plan in force: a plan code, or a plan file. */
    public Settings withPlan(String plan) {
        return new Settings(configDir, List.of(plan), rulebook, home, inbox, database, maxFileBytes, reportFont, server, importThreads);
    }

    public Settings withRulebook(Path rulebook) {
        return new Settings(configDir, plans, rulebook, home, inbox, database, maxFileBytes, reportFont, server, importThreads);
    }

    /** The same settings with the inbox inside the data folder, where the demo puts its workbooks. */
    public Settings withDemoFolders() {
        return new Settings(configDir, plans, rulebook, home, home.resolve("inbox"), Database.embedded(home), maxFileBytes,
                reportFont, server, importThreads);
    }

    public Settings withPort(int port) {
        return new Settings(configDir, plans, rulebook, home, inbox, database, maxFileBytes, reportFont,
                new Server(port, server.bind(), server.importSchedule(), server.reportSchedule(), server.tlsKeystore(),
                        server.tlsKeystorePassword(), server.behindTlsProxy()), importThreads);
    }

    public Path archive() {
        return home.resolve("archive");
    }

    public Path rejected() {
        return home.resolve("rejected");
    }

    public Path reports() {
        return home.resolve("reports");
    }
}
