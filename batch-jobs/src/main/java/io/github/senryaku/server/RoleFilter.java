package io.github.senryaku.server;

import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Notice;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one place that decides who may call what: before a resource method runs, it finds the request's session
 * and checks the role against the method's {@link Allowed} access. The signed-out are sent to sign in when
 * they asked for a page, and answered 401 otherwise; a role the access does not admit gets the Japanese 403
 * page. A method that declares no access is refused (and logged): pages are closed until opened on purpose.
 * The session found is left on the request for the method ({@link #session}).
 */
@Priority(Priorities.AUTHORIZATION)
final class RoleFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RoleFilter.class.getName());
    private static final String SESSION = RoleFilter.class.getName() + ".session";

    private final Sessions sessions;

    @Context
    private ResourceInfo resource;

    RoleFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The session of a request to a method whose access is not {@link Access#PUBLIC}. */
    static Sessions.Session session(ContainerRequestContext request) {
        return (Sessions.Session) request.getProperty(SESSION);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Allowed allowed = method == null ? null : method.getAnnotation(Allowed.class);
        if (allowed == null) {
            LOG.severe(() -> "refused " + request.getMethod() + " " + request.getUriInfo().getPath() + ": "
                    + method + " declares no @Allowed access");
            request.abortWith(Response.status(403).build());
            return;
        }
        if (allowed.value() == Access.PUBLIC) {
            return;
        }
        Cookie cookie = request.getCookies().get(Sessions.COOKIE);
        Optional<Sessions.Session> session = sessions.find(cookie == null ? null : cookie.getValue());
        if (session.isEmpty()) {
            request.abortWith(isPage(method) ? Response.seeOther(URI.create("/login")).build()
                    : Pages.message(401, Frame.signedOut("サインインが必要です"),
                            Notice.ng("サインインしていないため、受け付けませんでした。"), Pages.SIGN_IN));
        } else if (!allowed.value().admits(session.get().role(), request.getUriInfo().getQueryParameters())) {
            request.abortWith(Pages.forbidden(session.get()));
        } else {
            request.setProperty(SESSION, session.get());
        }
    }

    /** A page one opens (GET, HTML), as opposed to a download or a form's post. */
    private static boolean isPage(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return method.isAnnotationPresent(GET.class) && produces != null
                && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(MediaType.TEXT_HTML));
    }
}
