package io.github.senryaku.server;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * What bounds the JDK HTTP server: at most {@value #THREADS} request threads and {@value #WAITING} requests
 * waiting for one (beyond that the connection is closed at once), and the JDK server's own limits, read
 * from system properties when its first server is made (so they are set here, before; a {@code -D} given
 * on the command line wins). Checked against JDK 17.0.15's {@code sun.net.httpserver.ServerConfig}:
 * <ul>
 * <li>{@code sun.net.httpserver.maxReqTime}: seconds from a request's first byte to its last, body
 * included, before the connection is closed (default: never) — a slow or stalled client is cut off;
 * <li>{@code sun.net.httpserver.maxRspTime}: seconds to send a response once begun (default: never);
 * <li>{@code sun.net.httpserver.idleInterval}: seconds a kept-alive connection may sit idle;
 * <li>{@code sun.net.httpserver.maxIdleConnections}, {@code jdk.httpserver.maxConnections}: how many
 * idle and open connections are kept (beyond the latter a new connection is closed when accepted);
 * <li>{@code sun.net.httpserver.maxReqHeaders}, {@code sun.net.httpserver.maxReqHeaderSize}: how many
 * request headers, and how many bytes of them;
 * <li>{@code sun.net.httpserver.drainAmount}: how much of a body nobody read (an upload refused as too large
 * before it is read) the server reads and discards before it closes the connection (default 64 KB): a
 * browser still sending a refused file is shown the refusal page only if its connection is not closed under
 * it, so the allowance covers a file several times the upload limit. Beyond it the connection is closed.
 * </ul>
 */
final class HttpLimits {

    static final int THREADS = 16;
    static final int WAITING = 64;
    /** Six times the default upload limit (20 MB): a workbook chosen by mistake still gets the refusal page. */
    static final long DRAIN_BYTES = 128L * 1024 * 1024;
    /** An upload of the largest workbook over a slow office line still fits in two minutes. */
    static final Map<String, String> PROPERTIES = Map.of(
            "sun.net.httpserver.maxReqTime", "120",
            "sun.net.httpserver.maxRspTime", "300",
            "sun.net.httpserver.idleInterval", "30",
            "sun.net.httpserver.maxIdleConnections", "50",
            "jdk.httpserver.maxConnections", "256",
            "sun.net.httpserver.maxReqHeaders", "100",
            "sun.net.httpserver.maxReqHeaderSize", "65536",
            "sun.net.httpserver.drainAmount", String.valueOf(DRAIN_BYTES));

    private static final Logger LOG = Logger.getLogger(HttpLimits.class.getName());

    private HttpLimits() {
    }

    /** Sets the JDK server's limits, unless given on the command line; before the first server is made. */
    static void apply() {
        PROPERTIES.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    /**
     * The request threads. A request refused because all are busy and the queue is full has its connection
     * closed by the JDK server (its dispatcher catches the refusal); the refusal is logged once a minute at most.
     */
    static ExecutorService requestThreads() {
        AtomicInteger count = new AtomicInteger();
        AtomicLong lastWarning = new AtomicLong();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING), task -> {
                    Thread thread = new Thread(task, "senryaku-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, pool) -> {
                    long now = System.nanoTime();
                    long last = lastWarning.get();
                    if (now - last > TimeUnit.MINUTES.toNanos(1) && lastWarning.compareAndSet(last, now)) {
                        LOG.warning(() -> "all " + THREADS + " request threads busy and " + WAITING
                                + " requests waiting: new connections are closed");
                    }
                    throw new RejectedExecutionException("request threads full");
                });
        threads.allowCoreThreadTimeOut(true);
        return threads;
    }
}
