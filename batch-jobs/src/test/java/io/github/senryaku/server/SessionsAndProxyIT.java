package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as it runs behind a TLS reverse proxy on the same host ({@code behindTlsProxy: true}): Secure
 * cookies and HSTS, the proxy's X-Forwarded-For as the client's address for the sign-in throttle, and
 * sessions kept in the store across a restart. Cookies are carried by hand: a client keeps Secure cookies
 * for HTTPS, and the proxy's HTTPS is not part of this test.
 */
class SessionsAndProxyIT {

    private static final String PASSWORD = "zaisei-secret-2024";
    private static final String STRANGER = "203.0.113.5";
    private static final String OWNER = "198.51.100.7";

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private String address;

    private Process serve(String log) throws Exception {
        Map<String, String> settings = new HashMap<>(ServerProcess.QUIET);
        settings.put("SENRYAKU_BEHIND_TLS_PROXY", "true");
        Process server = ServerProcess.senryaku(home, settings, "serve", "--port", "0")
                .redirectOutput(home.resolve(log).toFile()).start();
        address = ServerProcess.address(home.resolve(log));
        return server;
    }

    private static void stop(Process server) throws Exception {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, server.exitValue(), "SIGTERM stops the server cleanly");
    }

    /** A browser behind the proxy: its address as the proxy forwards it, its cookies kept by hand. */
    private final class Client {
        final String forwardedFor;
        final Map<String, String> cookies = new LinkedHashMap<>();

        Client(String forwardedFor) {
            this.forwardedFor = forwardedFor;
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            request.header("X-Forwarded-For", "10.9.9.9, " + forwardedFor); // the first is what a client may write
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.substring(0, set.indexOf(';'));
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1).replace("\"", "");
                if (value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(address + path)));
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(address + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        String csrf(String page) {
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(m.find(), page);
            return m.group(1);
        }

        HttpResponse<String> signIn(String password) throws Exception {
            return form("login", Map.of("name", "zaisei", "password", password, "csrf", csrf(get("login").body())));
        }
    }

    @Test
    void behindTheProxy_cookiesAreSecure_theThrottleKeysOnTheForwardedAddress_andSessionsOutliveARestart()
            throws Exception {
        ServerProcess.addUser(home, "zaisei", "finance", PASSWORD);
        Process first = serve("first.log");

        Client stranger = new Client(STRANGER);
        HttpResponse<String> login = stranger.get("login");
        assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElseThrow());
        for (int i = 0; i < 6; i++) {
            stranger.signIn("wrong-" + i);
        }
        HttpResponse<String> held = stranger.signIn(PASSWORD);
        assertTrue(held.headers().firstValue("Location").orElseThrow().endsWith("/login?error=wait"),
                "the stranger's address waits, even with the right password");

        Client owner = new Client(OWNER);
        HttpResponse<String> signed = owner.signIn(PASSWORD);
        assertEquals(303, signed.statusCode());
        assertEquals("/", URI.create(signed.headers().firstValue("Location").orElseThrow()).getPath(),
                "the owner, from another address, signs in");
        String cookie = signed.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SENRYAKU_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        String token = owner.cookies.get("SENRYAKU_SESSION");
        assertEquals(0, TestStores.count(home, "SELECT COUNT(*) FROM web_session WHERE token_sha256 = '" + token + "'"
                + " OR csrf = '" + token + "'"), "the token itself is not stored");
        assertEquals(1, TestStores.count(home, "SELECT COUNT(*) FROM web_session WHERE account = 'zaisei'"));

        stop(first);
        Process second = serve("second.log");
        try {
            HttpResponse<String> menu = owner.get("");
            assertEquals(200, menu.statusCode(), "the session outlived the restart: " + menu.body());
            assertTrue(menu.body().contains("予算・決算ファイル"), menu.body());

            owner.form("logout", Map.of("csrf", owner.csrf(menu.body())));
            assertEquals(0, TestStores.count(home, "SELECT COUNT(*) FROM web_session WHERE account = 'zaisei'"));
            Client replay = new Client(OWNER);
            replay.cookies.put("SENRYAKU_SESSION", token);
            assertEquals(303, replay.get("").statusCode(), "a signed-out cookie signs nobody in");

            assertEquals(303, owner.signIn(PASSWORD).statusCode());
            assertEquals(200, owner.get("").statusCode());
            ServerProcess.addUser(home, "zaisei", "planning", PASSWORD);
            assertEquals(303, owner.get("").statusCode(), "a changed role ends the session");
        } finally {
            stop(second);
        }
    }
}
