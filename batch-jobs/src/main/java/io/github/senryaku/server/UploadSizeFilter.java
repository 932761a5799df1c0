package io.github.senryaku.server;

import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Notice;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

/**
 * Guards every POST before its body is read (the multipart reader would otherwise take a whole body to
 * temporary files before a resource could say no): the body must declare its length (411 otherwise), stay
 * within the limit — the upload limit for an upload, a few kilobytes for the sign-in form — and, but for
 * the sign-in, come with a live session (401). Matched on the method alone, not on the path, so no
 * spelling of a path slips past.
 */
@PreMatching
final class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the form's other fields and the multipart framing around the file. */
    static final long OVERHEAD = 64 * 1024;
    /** The sign-in and sign-out forms are a few short fields. */
    static final long FORM_LIMIT = 16 * 1024;

    private final long limit;
    private final Sessions sessions;

    UploadSizeFilter(long limit, Sessions sessions) {
        this.limit = limit;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceAll(";.*$", "").replaceAll("/+$", "");
        boolean form = path.equals("login") || path.equals("logout");
        int length = request.getLength();
        if (length < 0) {
            request.abortWith(refusal(411, "送信の長さが分かりません。ブラウザーからもう一度お試しください。"));
        } else if (length > (form ? FORM_LIMIT : limit + OVERHEAD)) {
            request.abortWith(refusal(413, "ファイルが大きすぎます（上限 " + limit / 1048576 + " MB）。"));
        } else if (!form) {
            Cookie cookie = request.getCookies().get(Sessions.COOKIE);
            if (sessions.find(cookie == null ? null : cookie.getValue()).isEmpty()) {
                request.abortWith(refusal(401, "サインインしていないため、受け付けませんでした。"));
            }
        }
    }

    private static Response refusal(int status, String message) {
        return Pages.message(status, Frame.signedOut("受け付けできません"), Notice.ng(message), Pages.SIGN_IN, Pages.MENU);
    }
}
