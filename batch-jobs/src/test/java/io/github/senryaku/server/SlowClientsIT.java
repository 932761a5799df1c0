package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients cannot wedge the server: 50 connections that send half a request and then nothing hold at
 * most the bounded request threads, are closed by the server once the request time limit passes, and
 * {@code /health} is answered meanwhile. The limit is shortened to 3 s for the test by the same {@code -D}
 * an administrator would give.
 */
class SlowClientsIT {

    private static final int SLOW = 50;
    private static final int MAX_REQUEST_SECONDS = 3;

    @TempDir
    Path home;

    private static int threads(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).strip());
            }
        }
        throw new AssertionError("no thread count for " + process.pid());
    }

    @Test
    void slowConnections_areCutOff_theThreadsStayBounded_andHealthStillAnswers() throws Exception {
        Map<String, String> settings = new HashMap<>(ServerProcess.QUIET);
        settings.put("JAVA_TOOL_OPTIONS", "-Dsun.net.httpserver.maxReqTime=" + MAX_REQUEST_SECONDS);
        Path log = home.resolve("serve.log");
        Process server = ServerProcess.senryaku(home, settings, "serve", "--port", "0").redirectOutput(log.toFile()).start();
        List<Socket> slow = new ArrayList<>();
        try {
            URI address = URI.create(ServerProcess.address(log));
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(address.resolve("health")).timeout(Duration.ofSeconds(20)).build();
            assertEquals(200, client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
            Thread.sleep(1000);
            int before = threads(server);

            long opened = System.nanoTime();
            for (int i = 0; i < SLOW; i++) {
                Socket socket = new Socket(address.getHost(), address.getPort());
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(500);
            int during = threads(server);
            HttpResponse<String> meanwhile = client.send(health, HttpResponse.BodyHandlers.ofString());
            long answeredAfter = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened);

            assertTrue(during <= before + HttpLimits.THREADS, "threads " + before + " before, " + during + " with "
                    + SLOW + " slow connections");
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());
            assertTrue(answeredAfter <= MAX_REQUEST_SECONDS + 5, "/health answered " + answeredAfter
                    + " s after the slow connections opened, while they were still held open by their clients");
            for (Socket socket : slow) {
                assertEquals(-1, readUntilClosed(socket.getInputStream()), "the server closed the slow connection");
            }
            long closedAfter = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened);
            System.out.printf("SlowClientsIT: threads %d before, %d with %d slow connections; /health after %d s;"
                    + " all closed after %d s%n", before, during, SLOW, answeredAfter, closedAfter);
            assertTrue(closedAfter <= MAX_REQUEST_SECONDS + 10, "all closed within " + closedAfter + " s");
            assertTrue(threads(server) <= before + HttpLimits.THREADS);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        }
    }

    /** Reads whatever comes until the server closes (-1, or a reset, which counts as closed). */
    private static int readUntilClosed(InputStream in) throws IOException {
        try {
            while (in.read() != -1) {
                // a 408 or whatever the server writes before closing
            }
            return -1;
        } catch (SocketTimeoutException stillOpen) {
            return 0;
        } catch (IOException reset) {
            return -1;
        }
    }
}
