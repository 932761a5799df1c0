package io.github.senryaku.server;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses an upload whose declared length is over the limit before its body is read: the multipart reader
 * would otherwise take the whole body (to temporary files) before the resource could say no. A body sent
 * without a length is still cut off by the resource as it copies.
 */
@PreMatching
final class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the form's other fields and the multipart framing around the file. */
    static final long OVERHEAD = 64 * 1024;

    private final long limit;

    UploadSizeFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().equals("upload")) {
            return;
        }
        int length = request.getLength();
        if (length > limit + OVERHEAD) {
            request.abortWith(Response.status(413).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                    .entity(Html.page("取り込めません", null, null, "<p class=\"ng\">ファイルが大きすぎます（上限 " + limit / 1048576
                            + " MB）。</p><p><a href=\"/\">メニューへ</a></p>")).build());
        }
    }
}
