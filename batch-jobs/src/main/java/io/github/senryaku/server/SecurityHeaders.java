package io.github.senryaku.server;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The headers every answer carries — pages, downloads, refusals, error pages and {@code /health}: nothing
 * but the server's own files may run or style a page, and no other site may frame it (CSP,
 * X-Frame-Options); no type is guessed from content (nosniff); no address leaks to another site; nothing is
 * kept in a cache (signed-in pages and downloads hold the city's data). HSTS when the browser sees HTTPS:
 * the server's own TLS, or the reverse proxy's.
 */
final class SecurityHeaders implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
    /** A year, as browsers' preload lists expect. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final boolean https;

    SecurityHeaders(boolean https) {
        this.https = https;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("Cache-Control", "no-store");
        if (https) {
            headers.putSingle("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
