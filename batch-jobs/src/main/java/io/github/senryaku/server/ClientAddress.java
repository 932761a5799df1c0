package io.github.senryaku.server;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from: the connection's peer, or — only when the settings say the server sits
 * behind a TLS reverse proxy — the last address of {@code X-Forwarded-For}, the one that proxy appended
 * (earlier ones are whatever the client wrote). Held for the request's thread: the JDK server's request
 * headers are read-only and Jersey's JDK container passes nothing else of the exchange on, but it handles
 * the request synchronously on the thread that received it.
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    /** The client of the request being handled on this thread; "unknown" outside a request. */
    static String current() {
        String address = CURRENT.get();
        return address == null ? "unknown" : address;
    }

    static void set(HttpExchange exchange, boolean behindTlsProxy) {
        String peer = exchange.getRemoteAddress().getAddress().getHostAddress();
        CURRENT.set(behindTlsProxy ? forwarded(exchange.getRequestHeaders().get(FORWARDED_FOR)).orElse(peer) : peer);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The last address of the last X-Forwarded-For line, if it reads as an IPv4 or IPv6 address. */
    static Optional<String> forwarded(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return Optional.empty();
        }
        String line = lines.get(lines.size() - 1);
        String last = line.substring(line.lastIndexOf(',') + 1).strip();
        return ADDRESS.matcher(last).matches() ? Optional.of(last) : Optional.empty();
    }
}
