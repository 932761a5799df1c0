package io.github.senryaku.server;

import io.github.senryaku.server.auth.Role;
import jakarta.ws.rs.core.MultivaluedMap;

/** The accesses {@link Allowed} names, each with the roles it admits. */
enum Access {

    /** Anyone, signed in or not: sign-in and sign-out, the style sheet, {@code /health}. */
    PUBLIC,
    /**
     * Any signed-in account: the menu (it lists what the role may open), the upload itself (the kind it
     * names is in its body, which a filter must not read: the upload checks it with {@link UploadKind#allowedFor}),
     * and the error workbooks (each readable by the role that uploads its kind of file, else 404).
     */
    SIGNED_IN,
    /** The upload form of the kind the query names ({@code ?kind=finance}, the default, {@code department} or {@code council}). */
    UPLOAD_OF_KIND,
    /** The planning office's pages and downloads (企画調整課 and admin). */
    PLANNING;

    /** Whether {@code role} may call a method of this access, asked with the query parameters {@code query}. */
    boolean admits(Role role, MultivaluedMap<String, String> query) {
        return switch (this) {
            case PUBLIC, SIGNED_IN -> true;
            case UPLOAD_OF_KIND -> UploadKind.parse(query.getFirst("kind")).allowedFor(role);
            case PLANNING -> role.canPlan();
        };
    }
}
