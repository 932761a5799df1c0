package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server beyond the loopback: refused without TLS; with the keystore setting it speaks HTTPS, sends HSTS and cookies are Secure. */
class TlsServeIT {

    @TempDir
    Path home;

    private Process serve(Path log, Map<String, String> settings) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(ServerProcess.QUIET);
        all.putAll(settings);
        return ServerProcess.senryaku(home.resolve("data"), all, "serve", "--port", "0").redirectOutput(log.toFile()).start();
    }

    @Test
    void beyondTheLoopbackWithoutAKeystore_theServerRefusesToStart() throws Exception {
        Path log = home.resolve("plain.log");
        Process serve = serve(log, Map.of("SENRYAKU_BIND", "0.0.0.0"));
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, serve.exitValue(), output);
        assertTrue(output.contains("TLS の鍵ストア"), output);
    }

    @Test
    void withAKeystore_itSpeaksHttps_andItsCookiesAreSecure() throws Exception {
        Path keystore = home.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "senryaku", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit-test").redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes()));
        Path log = home.resolve("tls.log");
        Process serve = serve(log, Map.of("SENRYAKU_TLS_KEYSTORE", keystore.toString(),
                "SENRYAKU_TLS_KEYSTORE_PASSWORD", "changeit-test"));
        try {
            String address = ServerProcess.address(log);
            assertTrue(address.startsWith("https://"), address);

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keystore)) {
                trusted.load(in, "changeit-test".toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(address + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("max-age=31536000", health.headers().firstValue("Strict-Transport-Security").orElseThrow(),
                    "HSTS under TLS");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(address + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("Secure"), cookie);
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        }
    }
}
