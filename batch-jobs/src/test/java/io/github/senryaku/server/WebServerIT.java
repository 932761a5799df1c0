package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.settings.Settings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side alone, in this JVM, with resources that fail as no real one should. */
class WebServerIT {

    /** Resources that throw what the server must survive. */
    @Path("/")
    public static final class Failing {
        @GET
        @Path("ok")
        public String ok() {
            return "ok";
        }

        @GET
        @Path("overflow")
        public String overflow() {
            throw new StackOverflowError("deep");
        }

        @GET
        @Path("assertion")
        public String assertion() {
            throw new AssertionError("never");
        }
    }

    private WebServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        Settings.Server settings = new Settings.Server(0, "127.0.0.1", Settings.Server.DEFAULT_IMPORT_SCHEDULE,
                Settings.Server.DEFAULT_REPORT_SCHEDULE, Optional.empty(), "", false);
        server = WebServer.listen(settings, new ResourceConfig().register(Failing.class).register(StyleSheet.class)
                .register(new SecurityHeaders(false)).register(new UnexpectedErrors()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.address() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorsInRequests_areAnsweredWithTheJapanesePage_andTheServerGoesOn() throws Exception {
        for (int i = 0; i < 3 * HttpLimits.THREADS; i++) {
            HttpResponse<String> failed = get(i % 2 == 0 ? "overflow" : "assertion");

            assertEquals(500, failed.statusCode());
            assertTrue(failed.body().contains("処理中にエラーが起きました"), failed.body());
            assertFalse(failed.body().contains("StackOverflowError") || failed.body().contains("AssertionError"),
                    "no stack trace for the user");
        }
        assertEquals("ok", get("ok").body(), "more failures than threads, and the server still answers");
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders_andNoHstsWithoutTls() throws Exception {
        for (String path : new String[] {"ok", "overflow", "no-such-page", "style.css"}) {
            HttpResponse<String> answer = get(path);

            assertEquals(Optional.of("default-src 'self'; frame-ancestors 'none'; form-action 'self'"),
                    answer.headers().firstValue("Content-Security-Policy"), path);
            assertEquals(Optional.of("nosniff"), answer.headers().firstValue("X-Content-Type-Options"), path);
            assertEquals(Optional.of("DENY"), answer.headers().firstValue("X-Frame-Options"), path);
            assertEquals(Optional.of("no-referrer"), answer.headers().firstValue("Referrer-Policy"), path);
            assertEquals(Optional.of("no-store"), answer.headers().firstValue("Cache-Control"), path);
            assertEquals(Optional.empty(), answer.headers().firstValue("Strict-Transport-Security"), path);
        }
        HttpResponse<String> css = get("style.css");
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains(".ng{"), css.body());
    }
}
