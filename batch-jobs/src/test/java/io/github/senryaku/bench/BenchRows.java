package io.github.senryaku.bench;

import io.github.senryaku.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the benchmark's write-only lines share: the values of row {@code ordinal} (1-based) of the synthetic
 * actuals, target after target, one row per year, as the store floor and the plain JDBC insert both write
 * them; and the store they write to — the embedded H2 file of a data folder with the Store's own URL
 * settings, or the PostgreSQL that {@code SENRYAKU_JDBC_URL} names (as the import's settings would).
 */
public final class BenchRows {

    /** Rows per transaction, as the import's stage step writes them (its default chunkSize). */
    public static final int CHUNK = 1_000;
    public static final int FIRST_YEAR = 2005;
    public static final String SHEET = "数値目標実績";

    private BenchRows() {
    }

    public static String targetCode(long ordinal, int years) {
        long target = (ordinal - 1) / years;
        return "T" + (target % 10 + 1) + "-" + (target / 10 + 1);
    }

    public static int year(long ordinal, int years) {
        return FIRST_YEAR + (int) ((ordinal - 1) % years);
    }

    public static BigDecimal figure(long ordinal) {
        return BigDecimal.valueOf(1000 + ordinal % 1000);
    }

    public static String cell(long ordinal) {
        return "C" + (ordinal + 1);
    }

    /** The store the benchmark writes to: {@code SENRYAKU_JDBC_URL} if set, else the data folder's H2 file. */
    public static Settings.Database database(Path home) {
        Map<String, String> environment = System.getenv();
        String url = environment.get("SENRYAKU_JDBC_URL");
        if (url == null || url.isBlank()) {
            return Settings.Database.embedded(home);
        }
        return new Settings.Database(url, environment.getOrDefault("SENRYAKU_JDBC_USER", ""),
                environment.getOrDefault("SENRYAKU_JDBC_PASSWORD", ""));
    }
}
