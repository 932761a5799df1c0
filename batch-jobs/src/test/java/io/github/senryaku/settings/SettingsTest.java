package io.github.senryaku.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.planfile.InvalidFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path config;

    private Settings load(String file, Map<String, String> environment, Optional<Path> home) throws Exception {
        Files.writeString(config.resolve(Settings.FILE_NAME), file);
        return Settings.load(Optional.of(config), home, environment);
    }

    @Test
    void defaults_embeddedDatabaseInTheDataFolder() throws Exception {
        Settings settings = load("", Map.of(), Optional.empty());

        assertEquals(Path.of("data"), settings.home());
        assertEquals(Path.of("data", "inbox"), settings.inbox());
        assertTrue(settings.database().isEmbedded());
        assertTrue(settings.database().url().contains(Path.of("data").toAbsolutePath().resolve("db").toString()));
        assertEquals(20L * 1024 * 1024, settings.maxFileBytes());
    }

    @Test
    void settingsFile_thenEnvironment_thenOption() throws Exception {
        String file = "home: ../srv/senryaku\nmaxFileSizeMb: 5\njdbcUrl: jdbc:postgresql://db/senryaku\njdbcUser: app\n";

        Settings fromFile = load(file, Map.of(), Optional.empty());
        Settings fromEnvironment = load(file, Map.of("SENRYAKU_HOME", "/var/senryaku", "SENRYAKU_JDBC_PASSWORD", "s3cret"),
                Optional.empty());
        Settings fromOption = load(file, Map.of("SENRYAKU_HOME", "/var/senryaku"), Optional.of(Path.of("/tmp/x")));

        assertEquals(config.resolve("../srv/senryaku"), fromFile.home());
        assertEquals(5L * 1024 * 1024, fromFile.maxFileBytes());
        assertEquals("jdbc:postgresql://db/senryaku", fromFile.database().url());
        assertEquals("app", fromFile.database().user());
        assertEquals(Path.of("/var/senryaku"), fromEnvironment.home());
        assertEquals("s3cret", fromEnvironment.database().password());
        assertEquals(Path.of("/tmp/x"), fromOption.home());
        assertEquals(Path.of("/tmp/x/inbox"), fromOption.inbox());
    }

    @Test
    void badSizeLimit_isNamed() {
        InvalidFileException rejected = assertThrows(InvalidFileException.class,
                () -> load("maxFileSizeMb: 二十\n", Map.of(), Optional.empty()));

        assertTrue(rejected.getMessage().contains("maxFileSizeMb"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("二十"), rejected.getMessage());
    }

    @Test
    void behindTlsProxy_isOffByDefault_readFromFileOrEnvironment_andOnlyTrueOrFalse() throws Exception {
        assertEquals(false, load("", Map.of(), Optional.empty()).server().behindTlsProxy());
        assertEquals(true, load("behindTlsProxy: true\n", Map.of(), Optional.empty()).server().behindTlsProxy());
        assertEquals(false, load("behindTlsProxy: true\n", Map.of("SENRYAKU_BEHIND_TLS_PROXY", "false"), Optional.empty())
                .server().behindTlsProxy());
        assertEquals(true, load("behindTlsProxy: true\n", Map.of(), Optional.empty()).withPort(0).server().behindTlsProxy(),
                "serve --port keeps it");

        InvalidFileException rejected = assertThrows(InvalidFileException.class,
                () -> load("behindTlsProxy: はい\n", Map.of(), Optional.empty()));
        assertTrue(rejected.getMessage().contains("behindTlsProxy は true か false で書きます"), rejected.getMessage());
    }
}
