package io.github.senryaku.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Link;
import io.github.senryaku.server.view.MessagePage;
import io.github.senryaku.server.view.Notice;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The server's pages as responses: each is a jte template (src/main/jte), compiled at build time, given one
 * record of {@code server.view}. The templates are HTML templates, so jte escapes every value for where it
 * stands; nothing here writes HTML.
 */
final class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** The precompiled templates, loaded from the class path, where the build put them. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "io.github.senryaku.server.templates");

    private Pages() {
    }

    /** The template {@code name} (e.g. {@code "menu"}) rendered with its page record, as a response with {@code status}. */
    static Response page(int status, String name, Object page) {
        StringOutput html = new StringOutput();
        TEMPLATES.render(name + ".jte", page, html);
        return Response.status(status).type(HTML).entity(html.toString()).build();
    }

    /** A page that only says something, then where to go. */
    static Response message(int status, Frame frame, Notice notice, Link... links) {
        return page(status, "message", new MessagePage(frame, notice, List.of(links)));
    }

    /** The refusal of a page the account's role may not open. */
    static Response forbidden(Sessions.Session session) {
        return message(403, Frame.of("この画面は使えません", session),
                Notice.ng(session.role().japanese() + "のアカウントでは、この画面は使えません。"), MENU);
    }

    static final Link MENU = new Link("/", "メニューへ");
    static final Link SIGN_IN = new Link("/login", "サインイン");
}
