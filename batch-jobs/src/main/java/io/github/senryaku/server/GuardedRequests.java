package io.github.senryaku.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request, around Jersey: notes the client's address for the request's thread, and keeps whatever
 * escapes Jersey from the JDK server — an {@link Error} that left a request thread would leave its
 * connection open and unanswered. Such a request is logged and its connection closed (with a 500 when
 * nothing was sent yet). An {@link OutOfMemoryError} is let through: the server runs with
 * {@code -XX:+ExitOnOutOfMemoryError}, so its supervisor restarts it on a healthy heap.
 */
final class GuardedRequests implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(GuardedRequests.class.getName());

    private final HttpHandler jersey;
    private final boolean behindTlsProxy;

    GuardedRequests(HttpHandler jersey, boolean behindTlsProxy) {
        this.jersey = jersey;
        this.behindTlsProxy = behindTlsProxy;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ClientAddress.set(exchange, behindTlsProxy);
        try {
            jersey.handle(exchange);
        } catch (OutOfMemoryError fatal) {
            throw fatal;
        } catch (IOException | RuntimeException | Error failed) {
            LOG.log(Level.SEVERE, "request " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + " failed outside the application", failed);
            try {
                if (exchange.getResponseCode() == -1) {
                    exchange.sendResponseHeaders(500, -1);
                }
            } finally {
                exchange.close();
            }
        } finally {
            ClientAddress.clear();
        }
    }
}
