package io.github.senryaku.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /style.css}: the pages' one style sheet, served from the server itself because the
 * Content-Security-Policy ({@code default-src 'self'}) refuses inline styles and scripts.
 */
@Path("style.css")
public final class StyleSheet {

    @GET
    @Allowed(Access.PUBLIC)
    @Produces("text/css;charset=UTF-8")
    public byte[] css() throws IOException {
        try (InputStream in = StyleSheet.class.getResourceAsStream("style.css")) {
            return in.readAllBytes();
        }
    }
}
