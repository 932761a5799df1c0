package io.github.senryaku.server;

import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Notice;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected, an {@link Error} included (a StackOverflowError in one request must not end its
 * thread unanswered): a short Japanese page for the user, the whole story in the log for the administrator.
 * An OutOfMemoryError never gets here: the server runs with {@code -XX:+ExitOnOutOfMemoryError}.
 */
final class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        LOG.log(Level.SEVERE, "request failed: " + exception.getMessage(), exception);
        String message = exception instanceof IllegalStateException && exception.getMessage() != null
                ? exception.getMessage() : "処理中にエラーが起きました。時間をおいてもう一度お試しください。続く場合は管理者に連絡してください。";
        return Pages.message(500, Frame.signedOut("エラー"), Notice.ng(message), Pages.MENU);
    }
}
